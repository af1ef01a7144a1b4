<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT</source>
        <translation>INTERACT (Zhou et al., PNAS 2022) y Cell-type-INTERACT</translation>
    </message>
    <message>
        <source>Score single-nucleotide variants for their effect on CpG methylation. A variant&apos;s MRV score is the largest change in predicted methylation, |alt − ref|, over the CpGs within 1 kb of it.</source>
        <translation>Puntúe las variantes de un solo nucleótido según su efecto sobre la metilación de CpG. La puntuación MRV de una variante es el mayor cambio en la metilación predicha, |alt − ref|, entre los CpG situados a menos de 1 kb de ella.</translation>
    </message>
    <message>
        <source>Open a reference genome, VCF/BCF files, gene annotation and a methylation model</source>
        <translation>Abrir un genoma de referencia, archivos VCF/BCF, la anotación génica y un modelo de metilación</translation>
    </message>
    <message>
        <source>Locus browser: predicted methylation for ref and alt, observed methylation, GWAS overlay</source>
        <translation>Navegador de locus: metilación predicha para ref y alt, metilación observada, superposición de GWAS</translation>
    </message>
    <message>
        <source>Attributions for a CpG window: saliency, integrated gradients, in-silico mutagenesis, sequence logo</source>
        <translation>Atribuciones para una ventana de CpG: saliencia, gradientes integrados, mutagénesis in silico, logo de secuencia</translation>
    </message>
    <message>
        <source>Variant table with scores, filters and export to TSV and annotated VCF</source>
        <translation>Tabla de variantes con puntuaciones, filtros y exportación a TSV y VCF anotado</translation>
    </message>
    <message>
        <source>Train or fine-tune on your own methylation data</source>
        <translation>Entrenar o ajustar el modelo con sus propios datos de metilación</translation>
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
        <source>ELM, equivalent linear mapping (Arcadia Science, 2025)</source>
        <translation>ELM, aplicación lineal equivalente (Arcadia Science, 2025)</translation>
    </message>
    <message>
        <source>Train a neural network from genotype to phenotype and read off what it learned: additive effects, epistatic loci and pairwise epistasis, from per-sample Jacobians.</source>
        <translation>Entrene una red neuronal del genotipo al fenotipo y lea lo que ha aprendido: efectos aditivos, loci epistáticos y epistasia por pares, a partir de los jacobianos de cada muestra.</translation>
    </message>
    <message>
        <source>Open a genotype dataset (HDF5, AlphaSimR text, PLINK) or simulate a population to teach with</source>
        <translation>Abrir un conjunto de datos de genotipos (HDF5, texto de AlphaSimR, PLINK) o simular una población con fines didácticos</translation>
    </message>
    <message>
        <source>Train with live loss curves; keep and save the model</source>
        <translation>Entrenamiento con curvas de pérdida en tiempo real; conservar y guardar el modelo</translation>
    </message>
    <message>
        <source>Figures: J·x against output, additive effects, sensitivity variance, four-genotype clusters, all-pairs epistasis heatmap, replicates, PCA</source>
        <translation>Figuras: J·x frente a la salida, efectos aditivos, varianza de sensibilidad, clústeres de cuatro genotipos, mapa de calor de epistasia de todos los pares, réplicas, PCA</translation>
    </message>
    <message>
        <source>Export every figure as PNG, SVG or PDF</source>
        <translation>Exportar cada figura como PNG, SVG o PDF</translation>
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
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>Próximamente en este espacio de trabajo</translation>
    </message>
</context>
</TS>
