<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>EpistasisWorkspace</name>
    <message>
        <source>known (epistatic pairs per trait: %1)</source>
        <translation>conocidos (pares epistáticos por rasgo: %1)</translation>
    </message>
    <message>
        <source>unknown (real data: figures rank estimates)</source>
        <translation>desconocidos (datos reales: las figuras ordenan las estimaciones)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)&lt;br&gt;Split: %8&lt;br&gt;Encoding: %9&lt;br&gt;True effects: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 muestras (%3 de entrenamiento, %4 de prueba) · %5 loci · %6 rasgos (%7)&lt;br&gt;División: %8&lt;br&gt;Codificación: %9&lt;br&gt;Efectos verdaderos: %10</translation>
    </message>
</context>
<context>
    <name>ExportFiguresCommand</name>
    <message>
        <source>Results folder written by locuscope-cli elm</source>
        <translation>Carpeta de resultados escrita por locuscope-cli elm</translation>
    </message>
    <message>
        <source>Folder for the figures (created if missing)</source>
        <translation>Carpeta para las figuras (se crea si no existe)</translation>
    </message>
    <message>
        <source>Comma-separated formats: png, svg, pdf</source>
        <translation>Formatos separados por comas: png, svg, pdf</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points at the DPI</source>
        <translation>Ancho en píxeles (PNG) o en puntos a la resolución DPI indicada</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Alto en píxeles</translation>
    </message>
    <message>
        <source>Resolution recorded in PNG files</source>
        <translation>Resolución registrada en los archivos PNG</translation>
    </message>
    <message>
        <source>Trait to draw: index from 1 or name</source>
        <translation>Rasgo que se dibuja: índice desde 1 o nombre</translation>
    </message>
    <message>
        <source>Pair for the cluster plot: two locus indices from 1, e.g. 3,17</source>
        <translation>Par para el gráfico de agrupamientos: dos índices de locus desde 1, p. ej. 3,17</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>give exactly one of --session FILE or --results DIR</source>
        <translation>indique exactamente una de las opciones --session FILE o --results DIR</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR es obligatorio</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf)</source>
        <translation>formato desconocido «%1» (png, svg, pdf)</translation>
    </message>
    <message>
        <source>width and height must be 16–20000 pixels and DPI 10–2400</source>
        <translation>el ancho y el alto deben ser de 16 a 20000 píxeles y la resolución DPI de 10 a 2400</translation>
    </message>
    <message>
        <source>%1 holds no results to draw (train and save the session first)</source>
        <translation>%1 no contiene resultados que dibujar (entrene y guarde primero la sesión)</translation>
    </message>
    <message>
        <source>no trait &quot;%1&quot; (the results have %2)</source>
        <translation>no hay ningún rasgo «%1» (los resultados tienen %2)</translation>
    </message>
    <message>
        <source>--pair needs two different locus indices between 1 and %1</source>
        <translation>--pair necesita dos índices de locus distintos entre 1 y %1</translation>
    </message>
    <message>
        <source>Export the figures of a saved session (Epistasis or Methylation) or of a locuscope-cli elm results folder, without a display.</source>
        <translation>Exporta sin pantalla las figuras de una sesión guardada (Epistasia o Metilación) o de una carpeta de resultados de locuscope-cli elm.</translation>
    </message>
    <message>
        <source>Saved Epistasis or Methylation session (.json)</source>
        <translation>Sesión de Epistasia o Metilación guardada (.json)</translation>
    </message>
    <message>
        <source>Methylation sessions: the locus to draw (gene, chr:start-end, chr:pos or variant ID) instead of the saved one</source>
        <translation>Sesiones de Metilación: el locus que se dibuja (gen, chr:inicio-fin, chr:pos o ID de variante) en lugar del guardado</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>El tamaño de la figura debe ser de 16 a 20000 px y la resolución de 10 a 4800 ppp</translation>
    </message>
    <message>
        <source>No file name given for the figure</source>
        <translation>No se indicó ningún nombre de archivo para la figura</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Could not render the figure to %1</source>
        <translation>No se pudo renderizar la figura en %1</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>No se puede crear el directorio %1</translation>
    </message>
</context>
<context>
    <name>GemmBenchmarkJob</name>
    <message>
        <source>Measure compute speed (%1 × %1 matrices)</source>
        <translation>Medir la velocidad de cálculo (matrices de %1 × %1)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>%1 GFLOP/s on %2 with %3 threads</source>
        <translation>%1 GFLOP/s en %2 con %3 hilos</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>MethylationFigureExport</name>
    <message>
        <source>the session&apos;s jobs did not finish within 10 minutes</source>
        <translation>los trabajos de la sesión no terminaron en 10 minutos</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language of menus and messages</source>
        <translation>Idioma de los menús y mensajes</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Dispositivo de cálculo</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Automatic uses a CUDA GPU when one is present</source>
        <translation>«Automático» usa una GPU CUDA si hay alguna disponible</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>Threads for model computations on the CPU</source>
        <translation>Hilos para los cálculos del modelo en la CPU</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figuras</translation>
    </message>
    <message>
        <source>Default width of exported figures</source>
        <translation>Ancho predeterminado de las figuras exportadas</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Default height of exported figures</source>
        <translation>Alto predeterminado de las figuras exportadas</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Dots per inch recorded in exported PNG files</source>
        <translation>Puntos por pulgada registrados en los archivos PNG exportados</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Default file format for figure export</source>
        <translation>Formato de archivo predeterminado para exportar figuras</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG (ráster)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de fuente</translation>
    </message>
    <message>
        <source>Base font size of figure text</source>
        <translation>Tamaño de fuente base del texto de las figuras</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
</context>
<context>
    <name>locuscope::AboutDialog</name>
    <message>
        <source>About Locuscope</source>
        <translation>Acerca de Locuscope</translation>
    </message>
    <message>
        <source>no CUDA GPU found</source>
        <translation>no se encontró ninguna GPU CUDA</translation>
    </message>
    <message>
        <source>not optimised: matrix products will be slow</source>
        <translation>sin optimizar: los productos matriciales serán lentos</translation>
    </message>
    <message>
        <source>Deep-learning models of genetic variation: methylation, expression and epistasis, in one workbench.</source>
        <translation>Modelos de aprendizaje profundo de la variación genética: metilación, expresión y epistasia, en un único entorno de trabajo.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 de %2 núcleos</translation>
    </message>
    <message>
        <source>in use for ELM training</source>
        <translation>en uso para el entrenamiento ELM</translation>
    </message>
    <message>
        <source>not found (ELM training uses LibTorch&apos;s products)</source>
        <translation>no encontrado (el entrenamiento ELM usa los productos matriciales de LibTorch)</translation>
    </message>
</context>
<context>
    <name>locuscope::AdditiveEffectsFigure</name>
    <message>
        <source>Fig 2 · Additive effects (ranked)</source>
        <translation>Fig. 2 · Efectos aditivos (ordenados)</translation>
    </message>
    <message>
        <source>Fig 2 · Additive effects</source>
        <translation>Fig. 2 · Efectos aditivos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Additive effects are the average sensitivity&lt;/h3&gt;&lt;p&gt;How much does the predicted phenotype change when one locus flips? For a model with additive effects β&lt;sub&gt;i&lt;/sub&gt; and pairwise epistasis β&lt;sub&gt;ij&lt;/sub&gt; the answer is&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The epistatic part changes sign with the partner&apos;s genotype x&lt;sub&gt;j&lt;/sub&gt; = ±1, so over a population it averages away, and the &lt;b&gt;mean sensitivity&lt;/b&gt; estimates the additive effect β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true effects exactly; the solid line is the least-squares fit (its slope) and r² is 1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. With heritability H² &amp;lt; 1 a perfect model recovers √H² of each effect, hence the truth is scaled by √H².&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank the loci by the size of their estimated additive effect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Los efectos aditivos son la sensibilidad media&lt;/h3&gt;&lt;p&gt;¿Cuánto cambia el fenotipo predicho cuando un locus cambia de alelo? Para un modelo con efectos aditivos β&lt;sub&gt;i&lt;/sub&gt; y epistasia por pares β&lt;sub&gt;ij&lt;/sub&gt;, la respuesta es&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La parte epistática cambia de signo con el genotipo x&lt;sub&gt;j&lt;/sub&gt; = ±1 del compañero, de modo que en una población se anula en promedio, y la &lt;b&gt;sensibilidad media&lt;/b&gt; estima el efecto aditivo β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Cada punto es un locus. Los puntos sobre la línea 1:1 discontinua indican que la red recuperó exactamente los efectos verdaderos; la línea continua es el ajuste por mínimos cuadrados (su pendiente) y r² es 1 − Σ(verdad − estimación)² / Σ(verdad − media)², por lo que también baja cuando la pendiente se aleja de 1. Con una heredabilidad H² &amp;lt; 1, un modelo perfecto recupera √H² de cada efecto; por eso los valores verdaderos se escalan por √H².&lt;/p&gt;&lt;p&gt;Sin verdad simulada, las barras ordenan los loci según la magnitud de su efecto aditivo estimado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>mean sensitivity ∂f/∂xᵢ</source>
        <translation>sensibilidad media ∂f/∂xᵢ</translation>
    </message>
    <message>
        <source>true additive effect βᵢ%1</source>
        <translation>efecto aditivo verdadero βᵢ%1</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1 (recuperación perfecta)</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>ajuste por mínimos cuadrados</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2</source>
        <translation>Pendiente = %1, r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::DatasetPanel</name>
    <message>
        <source>Folder or file: *_train.hdf5, *_g.txt, *.bed</source>
        <translation>Carpeta o archivo: *_train.hdf5, *_g.txt, *.bed</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <source>Choose one file of the dataset; its siblings are found</source>
        <translation>Elija un archivo del conjunto de datos; los archivos asociados se localizan automáticamente</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder holding one dataset</source>
        <translation>Elija una carpeta que contenga un conjunto de datos</translation>
    </message>
    <message>
        <source>As stored (HDF5 keeps its split; others head/tail)</source>
        <translation>Como está guardado (HDF5 conserva su división; los demás, inicio/final)</translation>
    </message>
    <message>
        <source>Head/tail, as the pub</source>
        <translation>Inicio/final, como en la publicación</translation>
    </message>
    <message>
        <source>Random, seeded</source>
        <translation>Aleatoria, con semilla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Proporción de prueba</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Semilla de división</translation>
    </message>
    <message>
        <source>&lt;i&gt;No dataset open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No hay ningún conjunto de datos abierto.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a genotype dataset</source>
        <translation>Abrir un conjunto de datos de genotipos</translation>
    </message>
    <message>
        <source>Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)</source>
        <translation>Conjuntos de datos de genotipos (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>Abrir una carpeta de conjunto de datos</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmFigure</name>
    <message>
        <source>Trait:</source>
        <translation>Rasgo:</translation>
    </message>
    <message>
        <source>The trait every figure shows</source>
        <translation>El rasgo que muestran todas las figuras</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer la vista</translation>
    </message>
    <message>
        <source>Show all data again after zooming or dragging</source>
        <translation>Volver a mostrar todos los datos después de ampliar o desplazar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF</source>
        <translation>Guardar esta figura como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Show or hide what this figure means</source>
        <translation>Mostrar u ocultar lo que significa esta figura</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source> × √H²</source>
        <translation> × √H²</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Exportar la figura</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmTrainingForm</name>
    <message>
        <source>Width of both hidden layers (the pub: 1024)</source>
        <translation>Ancho de ambas capas ocultas (publicación: 1024)</translation>
    </message>
    <message>
        <source>AdamW learning rate</source>
        <translation>Tasa de aprendizaje de AdamW</translation>
    </message>
    <message>
        <source>AdamW decoupled weight decay</source>
        <translation>Decaimiento de pesos desacoplado de AdamW</translation>
    </message>
    <message>
        <source>Samples per optimiser step</source>
        <translation>Muestras por paso del optimizador</translation>
    </message>
    <message>
        <source>Upper limit on training epochs</source>
        <translation>Límite superior de épocas de entrenamiento</translation>
    </message>
    <message>
        <source>Early stopping: epochs without improvement before stopping</source>
        <translation>Parada temprana: épocas sin mejora antes de detenerse</translation>
    </message>
    <message>
        <source>Early stopping: smallest loss decrease that counts</source>
        <translation>Parada temprana: menor disminución de la pérdida que cuenta como mejora</translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is halved</source>
        <translation>Épocas sin mejora antes de reducir a la mitad la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Factor applied to the learning rate on a plateau</source>
        <translation>Factor aplicado a la tasa de aprendizaje en una meseta</translation>
    </message>
    <message>
        <source>Seed of the initial weights and batch order (replicate r adds r)</source>
        <translation>Semilla de los pesos iniciales y del orden de los lotes (la réplica r suma r)</translation>
    </message>
    <message>
        <source>Test set (as the pub)</source>
        <translation>Conjunto de prueba (como en la publicación)</translation>
    </message>
    <message>
        <source>Validation split of the training data</source>
        <translation>División de validación de los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Which samples decide learning-rate drops, early stopping and the restored epoch</source>
        <translation>Qué muestras deciden las reducciones de la tasa de aprendizaje, la parada temprana y la época restaurada</translation>
    </message>
    <message>
        <source>Share of the training samples held out for validation</source>
        <translation>Proporción de las muestras de entrenamiento reservada para validación</translation>
    </message>
    <message>
        <source>H²: phenotypes become √H²·P + N(0, 1 − H²) noise</source>
        <translation>H²: los fenotipos pasan a ser √H²·P + ruido N(0, 1 − H²)</translation>
    </message>
    <message>
        <source>Models trained with their own seeds and noise draws</source>
        <translation>Modelos entrenados con sus propias semillas y realizaciones de ruido</translation>
    </message>
    <message>
        <source>Seed of the heritability noise (replicate r adds r)</source>
        <translation>Semilla del ruido de heredabilidad (la réplica r suma r)</translation>
    </message>
    <message>
        <source>Network and optimiser</source>
        <translation>Red y optimizador</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Schedule and stopping</source>
        <translation>Programación y parada</translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation>Épocas máx.</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <source>Min delta</source>
        <translation>Delta mín.</translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation>Paciencia de la tasa</translation>
    </message>
    <message>
        <source>LR factor</source>
        <translation>Factor de la tasa</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Proporción de validación</translation>
    </message>
    <message>
        <source>Heritability and replicates</source>
        <translation>Heredabilidad y réplicas</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Semilla del ruido</translation>
    </message>
    <message>
        <source>Pub defaults</source>
        <translation>Valores de la publicación</translation>
    </message>
    <message>
        <source>Reset every field to the published recipe</source>
        <translation>Restablecer todos los campos a la receta publicada</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisHeatmapFigure</name>
    <message>
        <source>Pairwise epistasis map</source>
        <translation>Mapa de epistasia por pares</translation>
    </message>
    <message>
        <source>&lt;h3&gt;All pairs at a glance&lt;/h3&gt;&lt;p&gt;Row i, column j holds the estimated interaction β̂&lt;sub&gt;ij&lt;/sub&gt; between loci i and j, read off the network&apos;s sensitivities:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Red cells are positive interactions (the two alleles together raise the phenotype more than their separate effects), blue cells negative ones; white is no interaction. The map is symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly interact in a simulation.&lt;/p&gt;&lt;p&gt;Click a cell to see that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todos los pares de un vistazo&lt;/h3&gt;&lt;p&gt;La fila i, columna j contiene la interacción estimada β̂&lt;sub&gt;ij&lt;/sub&gt; entre los loci i y j, obtenida de las sensibilidades de la red:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Las celdas rojas son interacciones positivas (los dos alelos juntos elevan el fenotipo más que sus efectos por separado) y las azules, negativas; el blanco indica ausencia de interacción. El mapa es simétrico y la diagonal (un locus consigo mismo) es gris. Los círculos marcan los pares que interactúan realmente en una simulación.&lt;/p&gt;&lt;p&gt;Haga clic en una celda para ver los agrupamientos de genotipos de ese par.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Ejecute un análisis ELM para ver sus figuras.</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>El informe no contiene estimaciones por pares para este rasgo.</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>βᵢⱼ estimado</translation>
    </message>
    <message>
        <source>interacting in the simulation</source>
        <translation>interactúan en la simulación</translation>
    </message>
    <message>
        <source>locus j</source>
        <translation>locus j</translation>
    </message>
    <message>
        <source>locus i</source>
        <translation>locus i</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>βᵢⱼ verdadero%1 = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisWorkspace</name>
    <message>
        <source>Open session…</source>
        <translation>Abrir sesión…</translation>
    </message>
    <message>
        <source>Restore a saved Epistasis session</source>
        <translation>Restaurar una sesión de epistasia guardada</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Guardar sesión…</translation>
    </message>
    <message>
        <source>Save dataset, model, results, settings and selection</source>
        <translation>Guardar el conjunto de datos, el modelo, los resultados, la configuración y la selección</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Abrir resultados…</translation>
    </message>
    <message>
        <source>Show the results folder of a `locuscope-cli elm` run</source>
        <translation>Mostrar la carpeta de resultados de una ejecución de `locuscope-cli elm`</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Guardar modelo…</translation>
    </message>
    <message>
        <source>Save the trained network as .safetensors</source>
        <translation>Guardar la red entrenada como .safetensors</translation>
    </message>
    <message>
        <source>Analyse saved model…</source>
        <translation>Analizar modelo guardado…</translation>
    </message>
    <message>
        <source>Run the ELM analysis of a saved model on the open dataset</source>
        <translation>Ejecutar el análisis ELM de un modelo guardado sobre el conjunto de datos abierto</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exportar figura…</translation>
    </message>
    <message>
        <source>Export the figure in front as PNG, SVG or PDF</source>
        <translation>Exportar la figura visible como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation>Exportar todas las figuras…</translation>
    </message>
    <message>
        <source>Export every figure into a folder</source>
        <translation>Exportar cada figura a una carpeta</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>A walk from simulation to the four-genotype cluster plot</source>
        <translation>Un recorrido desde la simulación hasta el gráfico de los cuatro agrupamientos de genotipos</translation>
    </message>
    <message>
        <source>Train and analyse</source>
        <translation>Entrenar y analizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simular</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>What ELM shows</source>
        <translation>Lo que muestra ELM</translation>
    </message>
    <message>
        <source>A neural network learns to predict phenotypes from genotypes. Because this network has no biases and Leaky-ReLU units, its output is exactly &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: a linear map, different for each individual. The Jacobian J(x) holds the network&apos;s &lt;b&gt;sensitivities&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, and they carry the genetics: their mean is the additive effect, their spread comes from epistasis.</source>
        <translation>Una red neuronal aprende a predecir fenotipos a partir de genotipos. Como esta red no tiene sesgos y usa unidades Leaky-ReLU, su salida es exactamente &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: una aplicación lineal, distinta para cada individuo. El jacobiano J(x) contiene las &lt;b&gt;sensibilidades&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; de la red, y estas contienen la genética: su media es el efecto aditivo y su dispersión procede de la epistasia.</translation>
    </message>
    <message>
        <source>1. Simulate a population</source>
        <translation>1. Simular una población</translation>
    </message>
    <message>
        <source>Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. Press &lt;b&gt;Simulate and open&lt;/b&gt;: the true effects are written too, so every estimate can be checked.</source>
        <translation>Elija los loci, los pares que interactúan y, para cada rasgo, qué parte de la varianza genética es epistática. Pulse &lt;b&gt;Simular y abrir&lt;/b&gt;: también se escriben los efectos verdaderos, de modo que cada estimación se puede comprobar.</translation>
    </message>
    <message>
        <source>2. The dataset</source>
        <translation>2. El conjunto de datos</translation>
    </message>
    <message>
        <source>The summary lists samples, loci, traits and the train/test split, and whether true effects are known. You can open your own data here instead (HDF5, AlphaSimR text or PLINK).</source>
        <translation>El resumen enumera las muestras, los loci, los rasgos y la división entrenamiento/prueba, e indica si se conocen los efectos verdaderos. También puede abrir aquí sus propios datos (HDF5, texto de AlphaSimR o PLINK).</translation>
    </message>
    <message>
        <source>3. Train the network</source>
        <translation>3. Entrenar la red</translation>
    </message>
    <message>
        <source>The form holds the pub&apos;s recipe. For a quick look set &lt;b&gt;Max epochs&lt;/b&gt; to 10, then press &lt;b&gt;Train and analyse&lt;/b&gt;. Training runs in the background; you can keep exploring or cancel.</source>
        <translation>El formulario contiene la receta de la publicación. Para un vistazo rápido, ponga &lt;b&gt;Épocas máx.&lt;/b&gt; en 10 y pulse &lt;b&gt;Entrenar y analizar&lt;/b&gt;. El entrenamiento se ejecuta en segundo plano; puede seguir explorando o cancelarlo.</translation>
    </message>
    <message>
        <source>4. Loss curves</source>
        <translation>4. Curvas de pérdida</translation>
    </message>
    <message>
        <source>Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch is the best one, restored when early stopping ends training.</source>
        <translation>Pérdida de entrenamiento y pérdida monitorizada por época. Las líneas discontinuas marcan las reducciones de la tasa de aprendizaje; la época marcada es la mejor, que se restaura cuando la parada temprana termina el entrenamiento.</translation>
    </message>
    <message>
        <source>5. J·x equals the output</source>
        <translation>5. J·x es igual a la salida</translation>
    </message>
    <message>
        <source>Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map reproduces the network exactly, so reading effects off J(x) loses nothing.</source>
        <translation>Cada punto es un individuo de prueba. Todos están sobre la línea 1:1: la aplicación lineal de cada individuo reproduce exactamente la red, así que leer los efectos en J(x) no pierde nada.</translation>
    </message>
    <message>
        <source>6. Additive effects</source>
        <translation>6. Efectos aditivos</translation>
    </message>
    <message>
        <source>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Averaged over individuals the epistatic part cancels (x&lt;sub&gt;j&lt;/sub&gt; averages to about 0), leaving β&lt;sub&gt;i&lt;/sub&gt;: the mean sensitivity should fall on the 1:1 line against the true additive effect.</source>
        <translation>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Al promediar sobre los individuos, la parte epistática se anula (la media de x&lt;sub&gt;j&lt;/sub&gt; es aproximadamente 0) y queda β&lt;sub&gt;i&lt;/sub&gt;: la sensibilidad media debería caer sobre la línea 1:1 frente al efecto aditivo verdadero.</translation>
    </message>
    <message>
        <source>7. Epistatic loci</source>
        <translation>7. Loci epistáticos</translation>
    </message>
    <message>
        <source>The variance of ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; over individuals is β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): zero for a purely additive locus, growing with the square of its interaction. Loci high on this plot are the candidates for epistasis.</source>
        <translation>La varianza de ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; entre individuos es β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): cero para un locus puramente aditivo, y crece con el cuadrado de su interacción. Los loci situados arriba en este gráfico son los candidatos a epistasia.</translation>
    </message>
    <message>
        <source>8. All pairs at once</source>
        <translation>8. Todos los pares a la vez</translation>
    </message>
    <message>
        <source>Each cell is the estimated β&lt;sub&gt;ij&lt;/sub&gt; for a pair of loci. &lt;b&gt;Click a bright cell&lt;/b&gt; to see that pair&apos;s four genotype clusters.</source>
        <translation>Cada celda es el β&lt;sub&gt;ij&lt;/sub&gt; estimado para un par de loci. &lt;b&gt;Haga clic en una celda intensa&lt;/b&gt; para ver los cuatro agrupamientos de genotipos de ese par.</translation>
    </message>
    <message>
        <source>9. Four genotype clusters</source>
        <translation>9. Cuatro agrupamientos de genotipos</translation>
    </message>
    <message>
        <source>Each individual is a point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloured by its genotype at the two loci. With epistasis the sensitivity to i shifts by 2β&lt;sub&gt;ij&lt;/sub&gt; when j flips: four separate clusters. Without it, the clusters collapse into one.</source>
        <translation>Cada individuo es un punto (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloreado según su genotipo en los dos loci. Con epistasia, la sensibilidad a i se desplaza 2β&lt;sub&gt;ij&lt;/sub&gt; cuando j cambia: cuatro agrupamientos separados. Sin ella, los agrupamientos se funden en uno.</translation>
    </message>
    <message>
        <source>10. Keep and share</source>
        <translation>10. Guardar y compartir</translation>
    </message>
    <message>
        <source>Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come back to this exact view. &lt;code&gt;locuscope export-figures&lt;/code&gt; makes the same figures without a display.</source>
        <translation>Exporte cualquier figura como PNG (tamaño y DPI), SVG o PDF, o todas a la vez; guarde la sesión para volver exactamente a esta vista. &lt;code&gt;locuscope export-figures&lt;/code&gt; genera las mismas figuras sin pantalla.</translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, or cancel it.</source>
        <translation>Espere a que termine «%1» o cancélelo.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>«%1» se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <source>Choose a dataset first: a folder or one of its files.</source>
        <translation>Elija primero un conjunto de datos: una carpeta o uno de sus archivos.</translation>
    </message>
    <message>
        <source>Open dataset %1</source>
        <translation>Abrir el conjunto de datos %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Leyendo…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose a folder for the simulated dataset.</source>
        <translation>Elija una carpeta para el conjunto de datos simulado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Simulate %1 individuals × %2 loci</source>
        <translation>Simular %1 individuos × %2 loci</translation>
    </message>
    <message>
        <source>Open or simulate a dataset first.</source>
        <translation>Abra o simule primero un conjunto de datos.</translation>
    </message>
    <message>
        <source>Train and analyse ELM, %1 replicates</source>
        <translation>Entrenar y analizar ELM, %1 réplicas</translation>
    </message>
    <message>
        <source>Train and analyse ELM</source>
        <translation>Entrenar y analizar ELM</translation>
    </message>
    <message>
        <source>Open the dataset the model should be analysed on first.</source>
        <translation>Abra primero el conjunto de datos sobre el que se analizará el modelo.</translation>
    </message>
    <message>
        <source>Analyse model %1</source>
        <translation>Analizar el modelo %1</translation>
    </message>
    <message>
        <source>Open results %1</source>
        <translation>Abrir los resultados %1</translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation>Todavía no hay ningún modelo entrenado que guardar.</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modelo guardado en %1</translation>
    </message>
    <message>
        <source>Save session %1</source>
        <translation>Guardar la sesión %1</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sesión guardada en %1</translation>
    </message>
    <message>
        <source>Open session %1</source>
        <translation>Abrir la sesión %1</translation>
    </message>
    <message>
        <source>Unknown figure format “%1” (png, svg, pdf)</source>
        <translation>Formato de figura desconocido «%1» (png, svg, pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n archivo escrito en %1</numerusform>
            <numerusform>%n archivos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation>Carpeta para las figuras</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Analyse a saved model</source>
        <translation>Analizar un modelo guardado</translation>
    </message>
    <message>
        <source>Results folder of locuscope-cli elm</source>
        <translation>Carpeta de resultados de locuscope-cli elm</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Locuscope sessions (*.json)</source>
        <translation>Sesiones de Locuscope (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
</context>
<context>
    <name>locuscope::ExportFigureDialog</name>
    <message>
        <source>Export figure</source>
        <translation>Exportar la figura</translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation>Imagen PNG (ráster)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dibujo SVG (vectorial)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Documento PDF (vectorial)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>%1 × %2 cm at %3 dpi</source>
        <translation>%1 × %2 cm a %3 ppp</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to save the figure to.</source>
        <translation>Elija un archivo en el que guardar la figura.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>locuscope::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>End tour</source>
        <translation>Terminar el recorrido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>locuscope::JobWorker</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Cancelado antes de iniciarse</translation>
    </message>
    <message>
        <source>Cancelled; no output was written</source>
        <translation>Cancelado; no se escribió ninguna salida</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
</context>
<context>
    <name>locuscope::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Quitar los finalizados</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job; it writes no output</source>
        <translation>Detener este trabajo; no escribirá ninguna salida</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusEstimateFigure</name>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Ejecute un análisis ELM para ver sus figuras.</translation>
    </message>
    <message>
        <source>The report holds no per-locus estimates for this trait.</source>
        <translation>El informe no contiene estimaciones por locus para este rasgo.</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>loci</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>locus, ranked (no simulated truth in these data)</source>
        <translation>locus, ordenados (sin verdad simulada en estos datos)</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusTrackPanel</name>
    <message>
        <source>Genes</source>
        <translation>Genes</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Predicted
methylation</source>
        <translation>Metilación
predicha</translation>
    </message>
    <message>
        <source>Δ methylation
(alt − ref)</source>
        <translation>Δ metilación
(alt − ref)</translation>
    </message>
    <message>
        <source>Observed
methylation</source>
        <translation>Metilación
observada</translation>
    </message>
    <message>
        <source>GWAS
−log10(p)</source>
        <translation>GWAS
−log10(p)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>ISM</source>
        <translation>ISM</translation>
    </message>
    <message>
        <source>Sequence
logo</source>
        <translation>Logo de
secuencia</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>alternative (variant)</source>
        <translation>alternativo (variante)</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>%1 position (attribution window)</source>
        <translation>posición en %1 (ventana de atribución)</translation>
    </message>
    <message>
        <source>integrated gradients (sum over bases)</source>
        <translation>gradientes integrados (suma sobre las bases)</translation>
    </message>
    <message>
        <source>saliency (gradient × input)</source>
        <translation>saliencia (gradiente × entrada)</translation>
    </message>
    <message>
        <source>Δ prediction</source>
        <translation>Δ predicción</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>gradientes integrados</translation>
    </message>
    <message>
        <source>gradient × input</source>
        <translation>gradiente × entrada</translation>
    </message>
    <message>
        <source>%1 position</source>
        <translation>posición en %1</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <translation>%1
%2 = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>%1 (%2)
TSS %3:%4, strand %5</source>
        <translation>%1 (%2)
TSS %3:%4, cadena %5</translation>
    </message>
    <message>
        <source>CpG %1:%2 (%3)
reference %4</source>
        <translation>CpG %1:%2 (%3)
referencia %4</translation>
    </message>
    <message>
        <source>
alternative %1, Δ %2</source>
        <translation>
alternativo %1, Δ %2</translation>
    </message>
    <message>
        <source>%1:%2
β %3</source>
        <translation>%1:%2
β %3</translation>
    </message>
    <message>
        <source>, coverage %1</source>
        <translation>, cobertura %1</translation>
    </message>
    <message>
        <source>%1
p = %2, MRV %3</source>
        <translation>%1
p = %2, MRV %3</translation>
    </message>
    <message>
        <source>%1:%2 %3</source>
        <translation>%1:%2 %3</translation>
    </message>
    <message>
        <source>
gradient × input %1</source>
        <translation>
gradiente × entrada %1</translation>
    </message>
    <message>
        <source>
integrated gradients %1</source>
        <translation>
gradientes integrados %1</translation>
    </message>
    <message>
        <source>
ISM A %1, C %2, G %3, T %4</source>
        <translation>
ISM A %1, C %2, G %3, T %4</translation>
    </message>
    <message>
        <source>Unknown track %1</source>
        <translation>Pista desconocida %1</translation>
    </message>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>El tamaño de la figura debe ser de 16 a 20000 px y la resolución de 10 a 4800 ppp</translation>
    </message>
    <message>
        <source>There are no tracks to export</source>
        <translation>No hay pistas que exportar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Locus tracks %1:%2-%3</source>
        <translation>Pistas del locus %1:%2-%3</translation>
    </message>
    <message>
        <source>Could not render the tracks to %1</source>
        <translation>No se pudieron renderizar las pistas en %1</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
</context>
<context>
    <name>locuscope::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
</context>
<context>
    <name>locuscope::MainWindow</name>
    <message>
        <source>Locuscope</source>
        <translation>Locuscope</translation>
    </message>
    <message>
        <source>Methylation</source>
        <translation>Metilación</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <source>Seal: DeepSEA-Beluga chromatin features → TSS-distance bases → transfer MLP</source>
        <translation>Seal: características de cromatina de DeepSEA-Beluga → funciones de base de distancia al TSS → MLP de transferencia</translation>
    </message>
    <message>
        <source>Predict how variants change gene expression across 802 brain contexts, and see why.</source>
        <translation>Prediga cómo modifican las variantes la expresión génica en 802 contextos cerebrales y descubra por qué.</translation>
    </message>
    <message>
        <source>Variant effects on expression for every context, from a VCF</source>
        <translation>Efectos de las variantes sobre la expresión en cada contexto, a partir de un VCF</translation>
    </message>
    <message>
        <source>Six attribution methods: saliency, integrated gradients, DeepLIFT, GradientSHAP, KernelSHAP, LIME</source>
        <translation>Seis métodos de atribución: saliencia, gradientes integrados, DeepLIFT, GradientSHAP, KernelSHAP, LIME</translation>
    </message>
    <message>
        <source>Train or fine-tune on expression matrices</source>
        <translation>Entrenar o ajustar el modelo con matrices de expresión</translation>
    </message>
    <message>
        <source>Epistasis</source>
        <translation>Epistasia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Measure compute &amp;speed</source>
        <translation>Medir la &amp;velocidad de cálculo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Locuscope</source>
        <translation>&amp;Acerca de Locuscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 · %2 threads · BLAS: %3</source>
        <translation>%1 · %2 hilos · BLAS: %3</translation>
    </message>
    <message>
        <source>Compute device, LibTorch threads and the BLAS library in use</source>
        <translation>Dispositivo de cálculo, hilos de LibTorch y biblioteca BLAS en uso</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Hay trabajos en ejecución</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit? Cancelled jobs write no output.</source>
        <translation>
            <numerusform>%n trabajo sigue en ejecución. ¿Cancelarlo y salir? Los trabajos cancelados no escriben ninguna salida.</numerusform>
            <numerusform>%n trabajos siguen en ejecución. ¿Cancelarlos y salir? Los trabajos cancelados no escriben ninguna salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locuscope %1 ready: %2, %3 of %4 cores, LibTorch %5, BLAS %6</source>
        <translation>Locuscope %1 listo: %2, %3 de %4 núcleos, LibTorch %5, BLAS %6</translation>
    </message>
    <message>
        <source>The BLAS library in use is not optimised; model computations will be slow. Install libopenblas0-pthread.</source>
        <translation>La biblioteca BLAS en uso no está optimizada; los cálculos de los modelos serán lentos. Instale libopenblas0-pthread.</translation>
    </message>
    <message>
        <source>&amp;Epistasis</source>
        <translation>&amp;Epistasia</translation>
    </message>
</context>
<context>
    <name>locuscope::MethylationWorkspace</name>
    <message>
        <source>Locuscope did not close cleanly last time. &lt;a href=&quot;recover&quot;&gt;Restore the autosaved methylation session&lt;/a&gt;.</source>
        <translation>Locuscope no se cerró correctamente la última vez. &lt;a href=&quot;recover&quot;&gt;Restaurar la sesión de metilación guardada automáticamente&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Methylation&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT: how single-nucleotide variants change CpG methylation. A variant&apos;s MRV score is the largest |alt − ref| of predicted methylation over the CpGs within 1 kb.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Metilación&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) y Cell-type-INTERACT: cómo modifican las variantes de un solo nucleótido la metilación de los CpG. La puntuación MRV de una variante es el mayor |alt − ref| de la metilación predicha entre los CpG situados a menos de 1 kb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo locus</source>
        <translation>Abrir el locus de demostración</translation>
    </message>
    <message>
        <source>A synthetic genome with planted CpG islands and motifs, a small model trained on it, genes, variants and GWAS statistics</source>
        <translation>Un genoma sintético con islas CpG y motivos insertados, un modelo pequeño entrenado con él, genes, variantes y estadísticas GWAS</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Abrir archivos…</translation>
    </message>
    <message>
        <source>Reference genome (FASTA)…</source>
        <translation>Genoma de referencia (FASTA)…</translation>
    </message>
    <message>
        <source>Variants (VCF/BCF)…</source>
        <translation>Variantes (VCF/BCF)…</translation>
    </message>
    <message>
        <source>Genes (BED/GTF)…</source>
        <translation>Genes (BED/GTF)…</translation>
    </message>
    <message>
        <source>Methylation model…</source>
        <translation>Modelo de metilación…</translation>
    </message>
    <message>
        <source>Observed methylation…</source>
        <translation>Metilación observada…</translation>
    </message>
    <message>
        <source>GWAS summary statistics…</source>
        <translation>Estadísticas resumidas de GWAS…</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>Sesión…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Guardar sesión…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Gene, chr:start-end, chr:pos or variant ID</source>
        <translation>Gen, chr:inicio-fin, chr:pos o ID de variante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Next top variant</source>
        <translation>Siguiente variante principal</translation>
    </message>
    <message>
        <source>Select the scored variant with the next highest MRV score</source>
        <translation>Seleccionar la variante puntuada con la siguiente puntuación MRV más alta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuar</translation>
    </message>
    <message>
        <source>Score selection</source>
        <translation>Puntuar la selección</translation>
    </message>
    <message>
        <source>Score locus</source>
        <translation>Puntuar el locus</translation>
    </message>
    <message>
        <source>Score whole VCF</source>
        <translation>Puntuar todo el VCF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Track panel as figure…</source>
        <translation>Panel de pistas como figura…</translation>
    </message>
    <message>
        <source>One track as figure…</source>
        <translation>Una pista como figura…</translation>
    </message>
    <message>
        <source>Scores as TSV…</source>
        <translation>Puntuaciones como TSV…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Exportar puntuaciones</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Scored variants as annotated VCF…</source>
        <translation>Variantes puntuadas como VCF anotado…</translation>
    </message>
    <message>
        <source>Export annotated VCF</source>
        <translation>Exportar VCF anotado</translation>
    </message>
    <message>
        <source>VCF (*.vcf *.vcf.gz *.bcf)</source>
        <translation>VCF (*.vcf *.vcf.gz *.bcf)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>The open VCF shown in the table and on the variants track</source>
        <translation>El VCF abierto que se muestra en la tabla y en la pista de variantes</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <source>Filter: ID, contig, chr:start-end</source>
        <translation>Filtro: ID, contig, chr:inicio-fin</translation>
    </message>
    <message>
        <source>SNVs</source>
        <translation>SNV</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <source>REF mismatches</source>
        <translation>Discordancias de REF</translation>
    </message>
    <message>
        <source>MRV ≥ </source>
        <translation>MRV ≥ </translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>«%1» se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <source>Open reference %1</source>
        <translation>Abrir la referencia %1</translation>
    </message>
    <message>
        <source>Open variants %1 (first records)</source>
        <translation>Abrir las variantes %1 (primeros registros)</translation>
    </message>
    <message>
        <source>Open variants %1</source>
        <translation>Abrir las variantes %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n variant(s) while the rest of %1 is read…</source>
        <translation>
            <numerusform>Se muestra la primera %n variante mientras se lee el resto de %1…</numerusform>
            <numerusform>Se muestran las primeras %n variantes mientras se lee el resto de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open genes %1</source>
        <translation>Abrir los genes %1</translation>
    </message>
    <message>
        <source>Open observed methylation %1</source>
        <translation>Abrir la metilación observada %1</translation>
    </message>
    <message>
        <source>Open GWAS statistics %1</source>
        <translation>Abrir las estadísticas GWAS %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: the reference has no contig “%2”</source>
        <translation>%1: la referencia no tiene el contig «%2»</translation>
    </message>
    <message>
        <source>%1: past the end of %2 (%3 bp)</source>
        <translation>%1: más allá del final de %2 (%3 pb)</translation>
    </message>
    <message>
        <source>“%1” is not a region, a gene in the open annotation or a variant ID in the open VCF.</source>
        <translation>«%1» no es una región, ni un gen de la anotación abierta, ni un ID de variante del VCF abierto.</translation>
    </message>
    <message>
        <source>No scored variant to go to: score the locus or the VCF first.</source>
        <translation>No hay ninguna variante puntuada a la que ir: puntúe primero el locus o el VCF.</translation>
    </message>
    <message>
        <source>Zoom in to at most %1 kb to see predicted methylation.</source>
        <translation>Acerque la vista a %1 kb como máximo para ver la metilación predicha.</translation>
    </message>
    <message>
        <source>Predict methylation %1</source>
        <translation>Predecir la metilación en %1</translation>
    </message>
    <message>
        <source>Attributions at %1</source>
        <translation>Atribuciones en %1</translation>
    </message>
    <message>
        <source>Scoring needs a reference genome, a VCF and a methylation model.</source>
        <translation>Para puntuar se necesita un genoma de referencia, un VCF y un modelo de metilación.</translation>
    </message>
    <message>
        <source>Scored %1 SNVs (%2 without a CpG within reach). %3</source>
        <translation>Se puntuaron %1 SNV (%2 sin ningún CpG al alcance). %3</translation>
    </message>
    <message>
        <source>Select one or more variants in the table first.</source>
        <translation>Seleccione primero una o varias variantes en la tabla.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n selected variant(s)</source>
        <translation>
            <numerusform>Puntuar %n variante seleccionada</numerusform>
            <numerusform>Puntuar %n variantes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to a locus first.</source>
        <translation>Vaya primero a un locus.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Puntuar %1</translation>
    </message>
    <message>
        <source>Score the whole VCF</source>
        <translation>Puntuar todo el VCF</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scored variant(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n variante puntuada en %1.</numerusform>
            <numerusform>Se escribieron %n variantes puntuadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scored yet: score a selection, the locus or the VCF first.</source>
        <translation>Aún no hay nada puntuado: puntúe primero una selección, el locus o el VCF.</translation>
    </message>
    <message>
        <source>Export annotated VCF %1</source>
        <translation>Exportar el VCF anotado %1</translation>
    </message>
    <message>
        <source>Could not export the figure: %1</source>
        <translation>No se pudo exportar la figura: %1</translation>
    </message>
    <message>
        <source>Could not export the track: %1</source>
        <translation>No se pudo exportar la pista: %1</translation>
    </message>
    <message>
        <source>%1: the session refers to %2, which does not exist</source>
        <translation>%1: la sesión hace referencia a %2, que no existe</translation>
    </message>
    <message>
        <source>Read saved scores</source>
        <translation>Leer las puntuaciones guardadas</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Genes</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observada</translation>
    </message>
    <message>
        <source>GWAS</source>
        <translation>GWAS</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n variantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Locuscope session (*.json)</source>
        <translation>Sesión de Locuscope (*.json)</translation>
    </message>
</context>
<context>
    <name>locuscope::PairClusterFigure</name>
    <message>
        <source>Choose the pair of loci to plot</source>
        <translation>Elegir el par de loci que se representa</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Par:</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>Pares principales</translation>
    </message>
    <message>
        <source>by estimated |β̂ᵢⱼ|</source>
        <translation>por |β̂ᵢⱼ| estimado</translation>
    </message>
    <message>
        <source>by true |βᵢⱼ|</source>
        <translation>por |βᵢⱼ| verdadero</translation>
    </message>
    <message>
        <source>Click a pair to plot its genotype clusters</source>
        <translation>Haga clic en un par para representar sus agrupamientos de genotipos</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of a locus pair</source>
        <translation>Fig. 5 · Agrupamientos de genotipos de un par de loci</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of %1</source>
        <translation>Fig. 5 · Agrupamientos de genotipos de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistasis makes four clusters&lt;/h3&gt;&lt;p&gt;Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on the genotype at j, and the other way round:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample, placed by its two sensitivities and coloured by its genotypes at the two loci. With epistasis the samples fall into four clusters, one per genotype combination, shifted by ±β&lt;sub&gt;ij&lt;/sub&gt; along each axis (sometimes a parallelogram, because other loci add their own spread). Without epistasis the clusters sit on top of each other.&lt;/p&gt;&lt;p&gt;The crosses mark the class means; the estimate combines them:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), averaged over both loci.&lt;/p&gt;&lt;p&gt;Pick a pair above, click one in the list, or click a cell of the epistasis map. For diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no class and do not enter β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La epistasia forma cuatro agrupamientos&lt;/h3&gt;&lt;p&gt;Tome dos loci i y j que interactúan. La sensibilidad del fenotipo al locus i depende del genotipo en j, y viceversa:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cada punto es una muestra de prueba, situada según sus dos sensibilidades y coloreada según sus genotipos en los dos loci. Con epistasia, las muestras se reparten en cuatro agrupamientos, uno por combinación de genotipos, desplazados ±β&lt;sub&gt;ij&lt;/sub&gt; a lo largo de cada eje (a veces en paralelogramo, porque otros loci añaden su propia dispersión). Sin epistasia, los agrupamientos se superponen.&lt;/p&gt;&lt;p&gt;Las cruces marcan las medias de las clases; la estimación las combina:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), promediada sobre ambos loci.&lt;/p&gt;&lt;p&gt;Elija un par arriba, haga clic en uno de la lista o en una celda del mapa de epistasia. En datos diploides, las muestras heterocigotas en cualquiera de los dos loci (x = 0) aparecen en gris: no pertenecen a ninguna clase y no entran en β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1   β̂ = %2</source>
        <translation>%1   β̂ = %2</translation>
    </message>
    <message>
        <source>   (true %1)</source>
        <translation>   (verdadero %1)</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Ejecute un análisis ELM para ver sus figuras.</translation>
    </message>
    <message>
        <source>These data have fewer than two loci.</source>
        <translation>Estos datos tienen menos de dos loci.</translation>
    </message>
    <message>
        <source>Per-sample sensitivities were not kept in this report.
Run the analysis again with &quot;keep sensitivities&quot; to see the genotype clusters.</source>
        <translation>Las sensibilidades por muestra no se conservaron en este informe.
Vuelva a ejecutar el análisis con «conservar sensibilidades» para ver los agrupamientos de genotipos.</translation>
    </message>
    <message>
        <source>%1 −1, %2 −1</source>
        <translation>%1 −1, %2 −1</translation>
    </message>
    <message>
        <source>%1 −1, %2 +1</source>
        <translation>%1 −1, %2 +1</translation>
    </message>
    <message>
        <source>%1 +1, %2 −1</source>
        <translation>%1 +1, %2 −1</translation>
    </message>
    <message>
        <source>%1 +1, %2 +1</source>
        <translation>%1 +1, %2 +1</translation>
    </message>
    <message>
        <source>heterozygous at either locus</source>
        <translation>heterocigoto en alguno de los dos loci</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
    <message>
        <source>class means</source>
        <translation>medias de las clases</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xᵢ)</source>
        <translation>sensibilidad a %1 (∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xⱼ)</source>
        <translation>sensibilidad a %1 (∂f/∂xⱼ)</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ = %1</source>
        <translation>βᵢⱼ estimado = %1</translation>
    </message>
    <message>
        <source>
true βᵢⱼ%1 = %2</source>
        <translation>
βᵢⱼ verdadero%1 = %2</translation>
    </message>
    <message>
        <source>Sample %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</source>
        <translation>Muestra %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</translation>
    </message>
</context>
<context>
    <name>locuscope::PairwiseEpistasisFigure</name>
    <message>
        <source>Fig 6 · Pairwise epistasis estimates (ranked)</source>
        <translation>Fig. 6 · Estimaciones de epistasia por pares (ordenadas)</translation>
    </message>
    <message>
        <source>Fig 10 · Pairwise epistasis, mean of %1 replicates</source>
        <translation>Fig. 10 · Epistasia por pares, media de %1 réplicas</translation>
    </message>
    <message>
        <source>Fig 6 · Pairwise epistasis</source>
        <translation>Fig. 6 · Epistasia por pares</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading every pairwise interaction off the network&lt;/h3&gt;&lt;p&gt;For each pair of loci (i, j) the test samples fall into four genotype classes. The mean sensitivity to locus i moves by 2β&lt;sub&gt;ij&lt;/sub&gt; when x&lt;sub&gt;j&lt;/sub&gt; flips from −1 to +1, so the four class means give&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, averaged with the same estimate from locus j.&lt;/p&gt;&lt;p&gt;Each point is one pair of loci. Most pairs do not interact (true β&lt;sub&gt;ij&lt;/sub&gt; = 0) and should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the least-squares line says how much of each interaction the network captured (the pub finds about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².&lt;/p&gt;&lt;p&gt;With several replicate models (fresh noise and initialisation each) the points are the mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which matters most at low heritability.&lt;/p&gt;&lt;p&gt;Click a point to show that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leer cada interacción por pares en la red&lt;/h3&gt;&lt;p&gt;Para cada par de loci (i, j), las muestras de prueba se reparten en cuatro clases de genotipos. La sensibilidad media al locus i se desplaza 2β&lt;sub&gt;ij&lt;/sub&gt; cuando x&lt;sub&gt;j&lt;/sub&gt; pasa de −1 a +1, así que las cuatro medias de clase dan&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, promediada con la misma estimación obtenida desde el locus j.&lt;/p&gt;&lt;p&gt;Cada punto es un par de loci. La mayoría de los pares no interactúan (β&lt;sub&gt;ij&lt;/sub&gt; verdadero = 0) y deberían quedar cerca de cero; los pocos pares que interactúan deberían seguir la línea 1:1. La pendiente de la recta de mínimos cuadrados indica qué parte de cada interacción capturó la red (la publicación obtiene alrededor de 0,86); r² = 1 − Σ(verdad − estimación)² / Σ(verdad − media)².&lt;/p&gt;&lt;p&gt;Con varios modelos réplica (con ruido e inicialización nuevos cada vez), los puntos son la estimación media con barras de ±1 desviación estándar: promediar elimina falsos positivos, lo que importa sobre todo con heredabilidad baja.&lt;/p&gt;&lt;p&gt;Haga clic en un punto para mostrar los agrupamientos de genotipos de ese par.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Ejecute un análisis ELM para ver sus figuras.</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>El informe no contiene estimaciones por pares para este rasgo.</translation>
    </message>
    <message>
        <source>replicate 1</source>
        <translation>réplica 1</translation>
    </message>
    <message>
        <source>mean of %1 replicates ± sd</source>
        <translation>media de %1 réplicas ± DE</translation>
    </message>
    <message>
        <source>locus pairs</source>
        <translation>pares de loci</translation>
    </message>
    <message>
        <source>true pairwise effect βᵢⱼ%1</source>
        <translation>efecto por pares verdadero βᵢⱼ%1</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ (replicate mean)</source>
        <translation>βᵢⱼ estimado (media de las réplicas)</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>βᵢⱼ estimado</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1 (recuperación perfecta)</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>ajuste por mínimos cuadrados</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2
%3 pairs</source>
        <translation>Pendiente = %1, r² = %2
%3 pares</translation>
    </message>
    <message>
        <source>No epistatic pairs in the simulation for this trait: no fit
%1 pairs</source>
        <translation>No hay pares epistáticos en la simulación para este rasgo: sin ajuste
%1 pares</translation>
    </message>
    <message>
        <source>pair rank by |estimated βᵢⱼ| (no simulated truth in these data)</source>
        <translation>rango del par según |βᵢⱼ estimado| (sin verdad simulada en estos datos)</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source> ± %1 (sd over replicates)</source>
        <translation> ± %1 (DE entre réplicas)</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>βᵢⱼ verdadero%1 = %2</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rango %1</translation>
    </message>
</context>
<context>
    <name>locuscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>(after restart)</source>
        <translation>(tras reiniciar)</translation>
    </message>
</context>
<context>
    <name>locuscope::ReconstructionFigure</name>
    <message>
        <source>Fig 1 · Linear reconstruction J(x)·x = f(x)</source>
        <translation>Fig. 1 · Reconstrucción lineal J(x)·x = f(x)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The network is exactly linear around every genotype&lt;/h3&gt;&lt;p&gt;The network has no bias terms and uses Leaky-ReLU activations, so for each genotype &lt;i&gt;x&lt;/i&gt; it behaves like a linear map: its output equals its Jacobian (the sensitivity of the output to every locus) times the genotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample: the network&apos;s prediction across, the sum of its per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest gap shown in the box, float rounding only) mean the sensitivities are a complete, exact account of every prediction — the basis of all later figures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La red es exactamente lineal alrededor de cada genotipo&lt;/h3&gt;&lt;p&gt;La red no tiene términos de sesgo y usa activaciones Leaky-ReLU, por lo que para cada genotipo &lt;i&gt;x&lt;/i&gt; se comporta como una aplicación lineal: su salida es igual a su jacobiano (la sensibilidad de la salida a cada locus) multiplicado por el genotipo.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cada punto es una muestra de prueba: en horizontal, la predicción de la red; en vertical, la suma de sus sensibilidades por locus multiplicadas por su genotipo. Si todos los puntos están sobre la línea 1:1 discontinua (la mayor diferencia se muestra en el recuadro y se debe solo al redondeo en coma flotante), las sensibilidades explican de forma completa y exacta cada predicción — la base de todas las figuras siguientes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Ejecute un análisis ELM para ver sus figuras.</translation>
    </message>
    <message>
        <source>The report holds no test predictions.</source>
        <translation>El informe no contiene predicciones de prueba.</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>muestras de prueba</translation>
    </message>
    <message>
        <source>model output f(x)</source>
        <translation>salida del modelo f(x)</translation>
    </message>
    <message>
        <source>linear reconstruction J(x)·x</source>
        <translation>reconstrucción lineal J(x)·x</translation>
    </message>
    <message>
        <source>max |J(x)·x − f(x)| = %1
all traits: %2
n = %3 test samples</source>
        <translation>máx |J(x)·x − f(x)| = %1
todos los rasgos: %2
n = %3 muestras de prueba</translation>
    </message>
    <message>
        <source>Sample %1
f(x) = %2
J(x)·x = %3</source>
        <translation>Muestra %1
f(x) = %2
J(x)·x = %3</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityPcaFigure</name>
    <message>
        <source>Principal components of the sensitivities</source>
        <translation>Componentes principales de las sensibilidades</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which loci vary together?&lt;/h3&gt;&lt;p&gt;Every test sample has a sensitivity vector: how much the prediction would change per locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. PCA finds the directions in which these vectors differ most between samples.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, loadings w)&lt;/p&gt;&lt;p&gt;Purely additive loci have the same sensitivity in every genome and contribute nothing. An epistatic pair (i, j) makes ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; follow x&lt;sub&gt;j&lt;/sub&gt; and ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; follow x&lt;sub&gt;i&lt;/sub&gt;, so each interacting pair adds its own component of variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. The bars show the share of variance per component; the scatter places each locus by its loadings on the first two components — loci far from the origin drive them, and the partners of a strong pair load together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;¿Qué loci varían juntos?&lt;/h3&gt;&lt;p&gt;Cada muestra de prueba tiene un vector de sensibilidades: cuánto cambiaría la predicción por locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. El ACP encuentra las direcciones en las que estos vectores difieren más entre muestras.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (puntuaciones t, cargas w)&lt;/p&gt;&lt;p&gt;Los loci puramente aditivos tienen la misma sensibilidad en todos los genomas y no aportan nada. Un par epistático (i, j) hace que ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; siga a x&lt;sub&gt;j&lt;/sub&gt; y ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; siga a x&lt;sub&gt;i&lt;/sub&gt;, de modo que cada par que interactúa añade su propio componente de varianza β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. Las barras muestran la proporción de varianza por componente; el diagrama de dispersión sitúa cada locus según sus cargas en los dos primeros componentes — los loci alejados del origen los determinan, y los miembros de un par fuerte tienen cargas conjuntas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Ejecute un análisis ELM para ver sus figuras.</translation>
    </message>
    <message>
        <source>The report holds no PCA of the sensitivities for this trait.</source>
        <translation>El informe no contiene ningún ACP de las sensibilidades para este rasgo.</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>varianza explicada</translation>
    </message>
    <message>
        <source>principal component</source>
        <translation>componente principal</translation>
    </message>
    <message>
        <source>variance explained (%)</source>
        <translation>varianza explicada (%)</translation>
    </message>
    <message>
        <source>loading on PC1 (%1 %)</source>
        <translation>carga en CP1 (%1 %)</translation>
    </message>
    <message>
        <source>loading on PC2 (%1 %)</source>
        <translation>carga en CP2 (%1 %)</translation>
    </message>
    <message>
        <source>additive only (simulation)</source>
        <translation>solo aditivo (simulación)</translation>
    </message>
    <message>
        <source>in an epistatic pair (simulation)</source>
        <translation>en un par epistático (simulación)</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>loci</translation>
    </message>
    <message>
        <source>%1
PC1 loading %2
PC2 loading %3</source>
        <translation>%1
carga en CP1 %2
carga en CP2 %3</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the sensitivity variance</source>
        <translation>CP%1: %2 % de la varianza de las sensibilidades</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityVarianceFigure</name>
    <message>
        <source>Fig 3 · Candidate epistatic loci (sensitivity variance)</source>
        <translation>Fig. 3 · Loci epistáticos candidatos (varianza de la sensibilidad)</translation>
    </message>
    <message>
        <source>Fig 3 · Sensitivity variance and epistasis</source>
        <translation>Fig. 3 · Varianza de la sensibilidad y epistasia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistatic loci have sensitivities that vary&lt;/h3&gt;&lt;p&gt;A purely additive locus has the same effect in every genome: its sensitivity ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; is a constant. A locus in an epistatic pair has an effect that depends on its partner&apos;s genotype:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; so &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for x&lt;sub&gt;j&lt;/sub&gt; = ±1 at allele frequency ½. So the variance of a locus&apos;s sensitivity over the population grows with the &lt;i&gt;square&lt;/i&gt; of its epistatic effect: the points should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank loci by sensitivity variance: the loci at the left are the best candidates for epistatic interactions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Los loci epistáticos tienen sensibilidades que varían&lt;/h3&gt;&lt;p&gt;Un locus puramente aditivo tiene el mismo efecto en todos los genomas: su sensibilidad ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; es constante. Un locus de un par epistático tiene un efecto que depende del genotipo de su compañero:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; así que &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;para x&lt;sub&gt;j&lt;/sub&gt; = ±1 con frecuencia alélica ½. Por tanto, la varianza de la sensibilidad de un locus en la población crece con el &lt;i&gt;cuadrado&lt;/i&gt; de su efecto epistático: los puntos deberían seguir una parábola. La curva discontinua es y = x² (recuperación perfecta); la curva continua es el ajuste cuadrático c + b·x + a·x², cuyo coeficiente a de x² indica la publicación (alrededor de 0,8).&lt;/p&gt;&lt;p&gt;Sin verdad simulada, las barras ordenan los loci por varianza de la sensibilidad: los loci de la izquierda son los mejores candidatos a interacciones epistáticas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>variance of sensitivity Var(∂f/∂xᵢ)</source>
        <translation>varianza de la sensibilidad Var(∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>true epistatic effect βᵢⱼ of the locus&apos;s pair%1</source>
        <translation>efecto epistático verdadero βᵢⱼ del par del locus%1</translation>
    </message>
    <message>
        <source>No epistatic loci in the simulation for this trait: no fit</source>
        <translation>No hay loci epistáticos en la simulación para este rasgo: sin ajuste</translation>
    </message>
    <message>
        <source>y = x² (perfect recovery)</source>
        <translation>y = x² (recuperación perfecta)</translation>
    </message>
    <message>
        <source>quadratic fit</source>
        <translation>ajuste cuadrático</translation>
    </message>
    <message>
        <source>x² coefficient = %1, r² = %2</source>
        <translation>coeficiente de x² = %1, r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::SimulationForm</name>
    <message>
        <source>&lt;p&gt;Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pairs&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + noise&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The first sum is additive: each allele shifts P on its own. The second is epistasis: the effect of locus i depends on the allele at its partner j. The share of epistatic variance sets, per trait, how much of the genetic variance comes from the pairs (0 = purely additive).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada muestra porta un alelo por locus, codificado como x = −1 o +1. Su fenotipo es&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pares&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + ruido&lt;/i&gt;&lt;/p&gt;&lt;p&gt;La primera suma es aditiva: cada alelo desplaza P por sí solo. La segunda es la epistasia: el efecto del locus i depende del alelo de su compañero j. La proporción de varianza epistática fija, para cada rasgo, qué parte de la varianza genética procede de los pares (0 = puramente aditivo).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number of causal loci</source>
        <translation>Número de loci causales</translation>
    </message>
    <message>
        <source>loci / 2</source>
        <translation>loci / 2</translation>
    </message>
    <message>
        <source>Disjoint interacting pairs per trait</source>
        <translation>Pares disjuntos que interactúan por rasgo</translation>
    </message>
    <message>
        <source>One number per trait: epistatic variance / additive variance (0 = additive only)</source>
        <translation>Un número por rasgo: varianza epistática / varianza aditiva (0 = solo aditivo)</translation>
    </message>
    <message>
        <source>Haploid (x = ±1)</source>
        <translation>Haploide (x = ±1)</translation>
    </message>
    <message>
        <source>Diploid (x = dosage − 1)</source>
        <translation>Diploide (x = dosis − 1)</translation>
    </message>
    <message>
        <source>Allele-1 frequencies are drawn uniformly between these bounds</source>
        <translation>Las frecuencias del alelo 1 se extraen de forma uniforme entre estos límites</translation>
    </message>
    <message>
        <source>H² = Var(G) / Var(P); 1 adds no environmental noise</source>
        <translation>H² = Var(G) / Var(P); 1 no añade ruido ambiental</translation>
    </message>
    <message>
        <source>Individuals (85 % train, 15 % test)</source>
        <translation>Individuos (85 % entrenamiento, 15 % prueba)</translation>
    </message>
    <message>
        <source>AlphaSimR text (g/p/eff)</source>
        <translation>Texto de AlphaSimR (g/p/eff)</translation>
    </message>
    <message>
        <source>HDF5 train/test pair</source>
        <translation>Par HDF5 de entrenamiento/prueba</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Loci</source>
        <translation>Loci</translation>
    </message>
    <message>
        <source>Epistatic pairs</source>
        <translation>Pares epistáticos</translation>
    </message>
    <message>
        <source>Epistatic share per trait</source>
        <translation>Proporción epistática por rasgo</translation>
    </message>
    <message>
        <source>Ploidy</source>
        <translation>Ploidía</translation>
    </message>
    <message>
        <source>Min allele frequency</source>
        <translation>Frecuencia alélica mín.</translation>
    </message>
    <message>
        <source>Max allele frequency</source>
        <translation>Frecuencia alélica máx.</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Simulate and open</source>
        <translation>Simular y abrir</translation>
    </message>
    <message>
        <source>epistatic share &quot;%1&quot; is not a number</source>
        <translation>la proporción epistática «%1» no es un número</translation>
    </message>
    <message>
        <source>Folder for the simulated dataset</source>
        <translation>Carpeta para el conjunto de datos simulado</translation>
    </message>
</context>
<context>
    <name>locuscope::TrainingCurvesFigure</name>
    <message>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the network learned&lt;/h3&gt;&lt;p&gt;Each epoch the network sees every training sample once. The &lt;b&gt;training loss&lt;/b&gt; is the mean absolute error on the samples it learns from; the &lt;b&gt;monitored loss&lt;/b&gt; is the same error on samples it never trains on, and decides when to stop.&lt;/p&gt;&lt;p&gt;When the monitored loss stops improving for a few epochs the learning rate is halved (grey dashed lines). Training stops early when it has not improved by more than the minimum step for several epochs, and the weights of the &lt;b&gt;best epoch&lt;/b&gt; are restored: that is the model every other figure analyses.&lt;/p&gt;&lt;p&gt;Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network memorises noise instead of learning the genetic architecture.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cómo aprendió la red&lt;/h3&gt;&lt;p&gt;En cada época la red ve una vez cada muestra de entrenamiento. La &lt;b&gt;pérdida de entrenamiento&lt;/b&gt; es el error absoluto medio en las muestras de las que aprende; la &lt;b&gt;pérdida monitorizada&lt;/b&gt; es el mismo error en muestras con las que nunca se entrena, y decide cuándo parar.&lt;/p&gt;&lt;p&gt;Cuando la pérdida monitorizada deja de mejorar durante algunas épocas, la tasa de aprendizaje se reduce a la mitad (líneas grises discontinuas). El entrenamiento se detiene antes de tiempo cuando no ha mejorado más que el paso mínimo durante varias épocas, y se restauran los pesos de la &lt;b&gt;mejor época&lt;/b&gt;: ese es el modelo que analizan todas las demás figuras.&lt;/p&gt;&lt;p&gt;Pérdida = media de |P̂ − P| (L1). Una pérdida monitorizada muy superior a la de entrenamiento significa que la red memoriza ruido en lugar de aprender la arquitectura genética.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This report has no training history.</source>
        <translation>Este informe no contiene historial de entrenamiento.</translation>
    </message>
    <message>
        <source>Training curves appear here while a model trains.</source>
        <translation>Las curvas de entrenamiento aparecen aquí mientras se entrena un modelo.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>L1 loss</source>
        <translation>Pérdida L1</translation>
    </message>
    <message>
        <source>Monitored loss</source>
        <translation>Pérdida monitorizada</translation>
    </message>
    <message>
        <source>Monitored loss (%1)</source>
        <translation>Pérdida monitorizada (%1)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Learning rate lowered</source>
        <translation>Tasa de aprendizaje reducida</translation>
    </message>
    <message>
        <source>best epoch %1 (restored)</source>
        <translation>mejor época %1 (restaurada)</translation>
    </message>
    <message>
        <source>Best epoch (restored)</source>
        <translation>Mejor época (restaurada)</translation>
    </message>
    <message>
        <source>early stop after epoch %1</source>
        <translation>parada temprana tras la época %1</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>LR → %1</source>
        <translation>Tasa → %1</translation>
    </message>
    <message>
        <source>Epoch %1
training loss %2
monitored loss %3
learning rate %4</source>
        <translation>Época %1
pérdida de entrenamiento %2
pérdida monitorizada %3
tasa de aprendizaje %4</translation>
    </message>
</context>
<context>
    <name>locuscope::VariantTableModel</name>
    <message>
        <source>match</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <source>no contig</source>
        <translation>sin contig</translation>
    </message>
    <message>
        <source>%1:%2 %3&gt;%4</source>
        <translation>%1:%2 %3&gt;%4</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>INFO: %1</source>
        <translation>INFO: %1</translation>
    </message>
    <message>
        <source>REF does not match the reference genome</source>
        <translation>REF no coincide con el genoma de referencia</translation>
    </message>
    <message>
        <source>The reference genome has no such contig</source>
        <translation>El genoma de referencia no tiene ese contig</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>CHROM</source>
        <translation>CHROM</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>QUAL</source>
        <translation>QUAL</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>REF check</source>
        <translation>Comprobación de REF</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>Δ methylation</source>
        <translation>Δ metilación</translation>
    </message>
    <message>
        <source>CpG</source>
        <translation>CpG</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>REF compared with the reference genome</source>
        <translation>REF comparado con el genoma de referencia</translation>
    </message>
    <message>
        <source>MRV score: the largest |alt − ref| of predicted methylation over the CpGs within reach</source>
        <translation>Puntuación MRV: el mayor |alt − ref| de la metilación predicha entre los CpG al alcance</translation>
    </message>
    <message>
        <source>Signed change of predicted methylation at that CpG, alternative minus reference</source>
        <translation>Cambio con signo de la metilación predicha en ese CpG, alternativo menos referencia</translation>
    </message>
    <message>
        <source>Position of the CpG whose predicted methylation the variant changes most</source>
        <translation>Posición del CpG cuya metilación predicha modifica más la variante</translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>Próximamente en este espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Locuscope: deep-learning models of genetic variation</source>
        <translation>Locuscope: modelos de aprendizaje profundo de la variación genética</translation>
    </message>
    <message>
        <source>As first argument: export figures headless (see export-figures --help)</source>
        <translation>Como primer argumento: exportar figuras sin pantalla (véase export-figures --help)</translation>
    </message>
    <message>
        <source>Start on the bundled demo: open the ELM reference data and train on it</source>
        <translation>Empezar con la demostración incluida: abrir los datos de referencia de ELM y entrenar con ellos</translation>
    </message>
    <message>
        <source>Show this locuscope-cli elm results folder</source>
        <translation>Mostrar esta carpeta de resultados de locuscope-cli elm</translation>
    </message>
    <message>
        <source>Bring this Epistasis figure to the front (part of its id, e.g. fig5)</source>
        <translation>Traer al frente esta figura de epistasia (parte de su identificador, p. ej. fig5)</translation>
    </message>
    <message>
        <source>Select this trait (index from 1)</source>
        <translation>Seleccionar este rasgo (índice desde 1)</translation>
    </message>
    <message>
        <source>Select this pair of loci (indices from 1: i,j)</source>
        <translation>Seleccionar este par de loci (índices desde 1: i,j)</translation>
    </message>
    <message>
        <source>Start the guided tour</source>
        <translation>Iniciar el recorrido guiado</translation>
    </message>
    <message>
        <source>Read and write preferences in this INI file</source>
        <translation>Leer y escribir las preferencias en este archivo INI</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG after the given delay, then quit</source>
        <translation>Guardar una captura de pantalla de la ventana en este PNG tras el retardo indicado y salir</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot</source>
        <translation>Milisegundos antes de la captura de pantalla</translation>
    </message>
    <message>
        <source>Open this session (Epistasis or Methylation)</source>
        <translation>Abrir esta sesión (Epistasia o Metilación)</translation>
    </message>
    <message>
        <source>Start on the Methylation demo: synthetic genome, model, genes, variants, GWAS</source>
        <translation>Empezar con la demostración de Metilación: genoma sintético, modelo, genes, variantes, GWAS</translation>
    </message>
    <message>
        <source>Methylation: go to this gene, chr:start-end, chr:pos or variant ID</source>
        <translation>Metilación: ir a este gen, chr:inicio-fin, chr:pos o ID de variante</translation>
    </message>
    <message>
        <source>Methylation: score the variants of the locus, then select the top one</source>
        <translation>Metilación: puntuar las variantes del locus y seleccionar la primera</translation>
    </message>
</context>
</TS>
