<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EpistasisWorkspace</name>
    <message>
        <source>known (epistatic pairs per trait: %1)</source>
        <translation>bekannt (epistatische Paare je Merkmal: %1)</translation>
    </message>
    <message>
        <source>unknown (real data: figures rank estimates)</source>
        <translation>unbekannt (reale Daten: die Abbildungen ordnen Schätzwerte nach Rang)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)&lt;br&gt;Split: %8&lt;br&gt;Encoding: %9&lt;br&gt;True effects: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Proben (%3 Training, %4 Test) · %5 Loci · %6 Merkmale (%7)&lt;br&gt;Aufteilung: %8&lt;br&gt;Kodierung: %9&lt;br&gt;Wahre Effekte: %10</translation>
    </message>
</context>
<context>
    <name>ExportFiguresCommand</name>
    <message>
        <source>Results folder written by locuscope-cli elm</source>
        <translation>Von locuscope-cli elm geschriebener Ergebnisordner</translation>
    </message>
    <message>
        <source>Folder for the figures (created if missing)</source>
        <translation>Ordner für die Abbildungen (wird angelegt, falls nicht vorhanden)</translation>
    </message>
    <message>
        <source>Comma-separated formats: png, svg, pdf</source>
        <translation>Kommagetrennte Formate: png, svg, pdf</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points at the DPI</source>
        <translation>Breite in Pixeln (PNG) oder in Punkten bei der angegebenen DPI</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Resolution recorded in PNG files</source>
        <translation>In PNG-Dateien gespeicherte Auflösung</translation>
    </message>
    <message>
        <source>Trait to draw: index from 1 or name</source>
        <translation>Darzustellendes Merkmal: Index ab 1 oder Name</translation>
    </message>
    <message>
        <source>Pair for the cluster plot: two locus indices from 1, e.g. 3,17</source>
        <translation>Paar für das Cluster-Diagramm: zwei Locus-Indizes ab 1, z. B. 3,17</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>give exactly one of --session FILE or --results DIR</source>
        <translation>genau eine der Optionen --session FILE oder --results DIR angeben</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf)</source>
        <translation>unbekanntes Format „%1“ (png, svg, pdf)</translation>
    </message>
    <message>
        <source>width and height must be 16–20000 pixels and DPI 10–2400</source>
        <translation>Breite und Höhe müssen 16–20000 Pixel und die DPI 10–2400 betragen</translation>
    </message>
    <message>
        <source>%1 holds no results to draw (train and save the session first)</source>
        <translation>%1 enthält keine darstellbaren Ergebnisse (zuerst trainieren und die Sitzung speichern)</translation>
    </message>
    <message>
        <source>no trait &quot;%1&quot; (the results have %2)</source>
        <translation>kein Merkmal „%1“ (die Ergebnisse enthalten %2)</translation>
    </message>
    <message>
        <source>--pair needs two different locus indices between 1 and %1</source>
        <translation>--pair benötigt zwei verschiedene Locus-Indizes zwischen 1 und %1</translation>
    </message>
    <message>
        <source>Export the figures of a saved session (Epistasis or Methylation) or of a locuscope-cli elm results folder, without a display.</source>
        <translation>Exportiert die Abbildungen einer gespeicherten Sitzung (Epistasie oder Methylierung) oder eines Ergebnisordners von locuscope-cli elm, ohne Anzeige.</translation>
    </message>
    <message>
        <source>Saved Epistasis or Methylation session (.json)</source>
        <translation>Gespeicherte Epistasie- oder Methylierungssitzung (.json)</translation>
    </message>
    <message>
        <source>Methylation sessions: the locus to draw (gene, chr:start-end, chr:pos or variant ID) instead of the saved one</source>
        <translation>Methylierungssitzungen: darzustellender Locus (Gen, chr:start-end, chr:pos oder Varianten-ID) anstelle des gespeicherten</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>Die Abbildungsgröße muss 16–20000 px und die Auflösung 10–4800 dpi betragen</translation>
    </message>
    <message>
        <source>No file name given for the figure</source>
        <translation>Kein Dateiname für die Abbildung angegeben</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Schreiben in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Could not render the figure to %1</source>
        <translation>Die Abbildung konnte nicht nach %1 gerendert werden</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>GemmBenchmarkJob</name>
    <message>
        <source>Measure compute speed (%1 × %1 matrices)</source>
        <translation>Rechengeschwindigkeit messen (%1 × %1-Matrizen)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1 GFLOP/s on %2 with %3 threads</source>
        <translation>%1 GFLOP/s auf %2 mit %3 Threads</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>MethylationFigureExport</name>
    <message>
        <source>the session&apos;s jobs did not finish within 10 minutes</source>
        <translation>die Aufträge der Sitzung wurden nicht innerhalb von 10 Minuten abgeschlossen</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language of menus and messages</source>
        <translation>Sprache der Menüs und Meldungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Automatic uses a CUDA GPU when one is present</source>
        <translation>„Automatisch“ verwendet eine CUDA-GPU, sofern vorhanden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Threads for model computations on the CPU</source>
        <translation>Threads für Modellberechnungen auf der CPU</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message>
        <source>Default width of exported figures</source>
        <translation>Standardbreite exportierter Abbildungen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Default height of exported figures</source>
        <translation>Standardhöhe exportierter Abbildungen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Dots per inch recorded in exported PNG files</source>
        <translation>In exportierten PNG-Dateien gespeicherte Punkte pro Zoll</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Default file format for figure export</source>
        <translation>Standard-Dateiformat für den Export von Abbildungen</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG (Raster)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Base font size of figure text</source>
        <translation>Grundschriftgröße für Text in Abbildungen</translation>
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
        <translation>Über Locuscope</translation>
    </message>
    <message>
        <source>no CUDA GPU found</source>
        <translation>keine CUDA-GPU gefunden</translation>
    </message>
    <message>
        <source>not optimised: matrix products will be slow</source>
        <translation>nicht optimiert: Matrixprodukte werden langsam sein</translation>
    </message>
    <message>
        <source>Deep-learning models of genetic variation: methylation, expression and epistasis, in one workbench.</source>
        <translation>Deep-Learning-Modelle genetischer Variation: Methylierung, Expression und Epistasie in einer gemeinsamen Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 von %2 Kernen</translation>
    </message>
    <message>
        <source>in use for ELM training</source>
        <translation>wird für das ELM-Training verwendet</translation>
    </message>
    <message>
        <source>not found (ELM training uses LibTorch&apos;s products)</source>
        <translation>nicht gefunden (das ELM-Training verwendet die Produkte von LibTorch)</translation>
    </message>
</context>
<context>
    <name>locuscope::AdditiveEffectsFigure</name>
    <message>
        <source>Fig 2 · Additive effects (ranked)</source>
        <translation>Abb. 2 · Additive Effekte (nach Rang)</translation>
    </message>
    <message>
        <source>Fig 2 · Additive effects</source>
        <translation>Abb. 2 · Additive Effekte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Additive effects are the average sensitivity&lt;/h3&gt;&lt;p&gt;How much does the predicted phenotype change when one locus flips? For a model with additive effects β&lt;sub&gt;i&lt;/sub&gt; and pairwise epistasis β&lt;sub&gt;ij&lt;/sub&gt; the answer is&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The epistatic part changes sign with the partner&apos;s genotype x&lt;sub&gt;j&lt;/sub&gt; = ±1, so over a population it averages away, and the &lt;b&gt;mean sensitivity&lt;/b&gt; estimates the additive effect β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true effects exactly; the solid line is the least-squares fit (its slope) and r² is 1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. With heritability H² &amp;lt; 1 a perfect model recovers √H² of each effect, hence the truth is scaled by √H².&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank the loci by the size of their estimated additive effect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Additive Effekte sind die mittlere Sensitivität&lt;/h3&gt;&lt;p&gt;Wie stark ändert sich der vorhergesagte Phänotyp, wenn ein Locus umklappt? Für ein Modell mit additiven Effekten β&lt;sub&gt;i&lt;/sub&gt; und paarweiser Epistasie β&lt;sub&gt;ij&lt;/sub&gt; lautet die Antwort&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der epistatische Anteil wechselt mit dem Genotyp x&lt;sub&gt;j&lt;/sub&gt; = ±1 des Partners das Vorzeichen, mittelt sich über eine Population also heraus, und die &lt;b&gt;mittlere Sensitivität&lt;/b&gt; schätzt den additiven Effekt β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Jeder Punkt ist ein Locus. Punkte auf der gestrichelten 1:1-Linie bedeuten, dass das Netz die wahren Effekte exakt wiedergefunden hat; die durchgezogene Linie ist die Kleinste-Quadrate-Anpassung (ihre Steigung), und r² ist 1 − Σ(Wahrheit − Schätzung)² / Σ(Wahrheit − Mittelwert)², sinkt also auch, wenn die Steigung von 1 abweicht. Bei einer Heritabilität H² &amp;lt; 1 gewinnt ein perfektes Modell √H² jedes Effekts zurück, daher wird die Wahrheit mit √H² skaliert.&lt;/p&gt;&lt;p&gt;Ohne simulierte Wahrheit ordnen die Balken die Loci nach der Größe ihres geschätzten additiven Effekts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>mean sensitivity ∂f/∂xᵢ</source>
        <translation>mittlere Sensitivität ∂f/∂xᵢ</translation>
    </message>
    <message>
        <source>true additive effect βᵢ%1</source>
        <translation>wahrer additiver Effekt βᵢ%1</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1 (perfekte Wiederherstellung)</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>Kleinste-Quadrate-Anpassung</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2</source>
        <translation>Steigung = %1, r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::DatasetPanel</name>
    <message>
        <source>Folder or file: *_train.hdf5, *_g.txt, *.bed</source>
        <translation>Ordner oder Datei: *_train.hdf5, *_g.txt, *.bed</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Choose one file of the dataset; its siblings are found</source>
        <translation>Eine Datei des Datensatzes wählen; die zugehörigen Dateien werden gefunden</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose a folder holding one dataset</source>
        <translation>Einen Ordner mit einem Datensatz wählen</translation>
    </message>
    <message>
        <source>As stored (HDF5 keeps its split; others head/tail)</source>
        <translation>Wie gespeichert (HDF5 behält seine Aufteilung; sonst Anfang/Ende)</translation>
    </message>
    <message>
        <source>Head/tail, as the pub</source>
        <translation>Anfang/Ende, wie in der Publikation</translation>
    </message>
    <message>
        <source>Random, seeded</source>
        <translation>Zufällig, mit Seed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Seed der Aufteilung</translation>
    </message>
    <message>
        <source>&lt;i&gt;No dataset open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Datensatz geöffnet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a genotype dataset</source>
        <translation>Genotyp-Datensatz öffnen</translation>
    </message>
    <message>
        <source>Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)</source>
        <translation>Genotyp-Datensätze (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmFigure</name>
    <message>
        <source>Trait:</source>
        <translation>Merkmal:</translation>
    </message>
    <message>
        <source>The trait every figure shows</source>
        <translation>Das Merkmal, das alle Abbildungen zeigen</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show all data again after zooming or dragging</source>
        <translation>Nach dem Zoomen oder Verschieben wieder alle Daten anzeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF</source>
        <translation>Diese Abbildung als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Show or hide what this figure means</source>
        <translation>Erklärung dieser Abbildung ein- oder ausblenden</translation>
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
        <translation>Abbildung exportieren</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmTrainingForm</name>
    <message>
        <source>Width of both hidden layers (the pub: 1024)</source>
        <translation>Breite beider verborgener Schichten (Publikation: 1024)</translation>
    </message>
    <message>
        <source>AdamW learning rate</source>
        <translation>Lernrate von AdamW</translation>
    </message>
    <message>
        <source>AdamW decoupled weight decay</source>
        <translation>Entkoppelter Weight Decay von AdamW</translation>
    </message>
    <message>
        <source>Samples per optimiser step</source>
        <translation>Proben pro Optimiererschritt</translation>
    </message>
    <message>
        <source>Upper limit on training epochs</source>
        <translation>Obergrenze für die Trainingsepochen</translation>
    </message>
    <message>
        <source>Early stopping: epochs without improvement before stopping</source>
        <translation>Early Stopping: Epochen ohne Verbesserung vor dem Abbruch</translation>
    </message>
    <message>
        <source>Early stopping: smallest loss decrease that counts</source>
        <translation>Early Stopping: kleinste Verlustabnahme, die als Verbesserung zählt</translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is halved</source>
        <translation>Epochen ohne Verbesserung, bevor die Lernrate halbiert wird</translation>
    </message>
    <message>
        <source>Factor applied to the learning rate on a plateau</source>
        <translation>Faktor, mit dem die Lernrate auf einem Plateau multipliziert wird</translation>
    </message>
    <message>
        <source>Seed of the initial weights and batch order (replicate r adds r)</source>
        <translation>Seed der Anfangsgewichte und der Batch-Reihenfolge (Replikat r addiert r)</translation>
    </message>
    <message>
        <source>Test set (as the pub)</source>
        <translation>Testmenge (wie in der Publikation)</translation>
    </message>
    <message>
        <source>Validation split of the training data</source>
        <translation>Validierungsanteil der Trainingsdaten</translation>
    </message>
    <message>
        <source>Which samples decide learning-rate drops, early stopping and the restored epoch</source>
        <translation>Welche Proben über Lernratensenkungen, Early Stopping und die wiederhergestellte Epoche entscheiden</translation>
    </message>
    <message>
        <source>Share of the training samples held out for validation</source>
        <translation>Anteil der Trainingsproben, der zur Validierung zurückgehalten wird</translation>
    </message>
    <message>
        <source>H²: phenotypes become √H²·P + N(0, 1 − H²) noise</source>
        <translation>H²: Phänotypen werden zu √H²·P + N(0, 1 − H²)-Rauschen</translation>
    </message>
    <message>
        <source>Models trained with their own seeds and noise draws</source>
        <translation>Modelle, die mit eigenen Seeds und Rauschziehungen trainiert werden</translation>
    </message>
    <message>
        <source>Seed of the heritability noise (replicate r adds r)</source>
        <translation>Seed des Heritabilitätsrauschens (Replikat r addiert r)</translation>
    </message>
    <message>
        <source>Network and optimiser</source>
        <translation>Netz und Optimierer</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Schedule and stopping</source>
        <translation>Zeitplan und Abbruch</translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation>Max. Epochen</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Min delta</source>
        <translation>Min. Delta</translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation>Geduld der Lernrate</translation>
    </message>
    <message>
        <source>LR factor</source>
        <translation>Lernratenfaktor</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Heritability and replicates</source>
        <translation>Heritabilität und Replikate</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Rausch-Seed</translation>
    </message>
    <message>
        <source>Pub defaults</source>
        <translation>Standardwerte der Publikation</translation>
    </message>
    <message>
        <source>Reset every field to the published recipe</source>
        <translation>Alle Felder auf das veröffentlichte Rezept zurücksetzen</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisHeatmapFigure</name>
    <message>
        <source>Pairwise epistasis map</source>
        <translation>Karte der paarweisen Epistasie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;All pairs at a glance&lt;/h3&gt;&lt;p&gt;Row i, column j holds the estimated interaction β̂&lt;sub&gt;ij&lt;/sub&gt; between loci i and j, read off the network&apos;s sensitivities:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Red cells are positive interactions (the two alleles together raise the phenotype more than their separate effects), blue cells negative ones; white is no interaction. The map is symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly interact in a simulation.&lt;/p&gt;&lt;p&gt;Click a cell to see that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alle Paare auf einen Blick&lt;/h3&gt;&lt;p&gt;Zeile i, Spalte j enthält die geschätzte Interaktion β̂&lt;sub&gt;ij&lt;/sub&gt; zwischen den Loci i und j, abgelesen an den Sensitivitäten des Netzes:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rote Zellen sind positive Interaktionen (die beiden Allele zusammen erhöhen den Phänotyp stärker als ihre Einzeleffekte), blaue Zellen negative; Weiß bedeutet keine Interaktion. Die Karte ist symmetrisch, und die Diagonale (ein Locus mit sich selbst) ist grau. Kreise markieren die Paare, die in einer Simulation tatsächlich interagieren.&lt;/p&gt;&lt;p&gt;Klicken Sie auf eine Zelle, um die Genotyp-Cluster dieses Paares zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Führen Sie eine ELM-Analyse aus, um ihre Abbildungen zu sehen.</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>Der Bericht enthält keine paarweisen Schätzungen für dieses Merkmal.</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>geschätztes βᵢⱼ</translation>
    </message>
    <message>
        <source>interacting in the simulation</source>
        <translation>in der Simulation interagierend</translation>
    </message>
    <message>
        <source>locus j</source>
        <translation>Locus j</translation>
    </message>
    <message>
        <source>locus i</source>
        <translation>Locus i</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>wahres βᵢⱼ%1 = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisWorkspace</name>
    <message>
        <source>Open session…</source>
        <translation>Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Restore a saved Epistasis session</source>
        <translation>Eine gespeicherte Epistasie-Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Sitzung speichern…</translation>
    </message>
    <message>
        <source>Save dataset, model, results, settings and selection</source>
        <translation>Datensatz, Modell, Ergebnisse, Einstellungen und Auswahl speichern</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Ergebnisse öffnen…</translation>
    </message>
    <message>
        <source>Show the results folder of a `locuscope-cli elm` run</source>
        <translation>Den Ergebnisordner eines `locuscope-cli elm`-Laufs anzeigen</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Save the trained network as .safetensors</source>
        <translation>Das trainierte Netz als .safetensors speichern</translation>
    </message>
    <message>
        <source>Analyse saved model…</source>
        <translation>Gespeichertes Modell analysieren…</translation>
    </message>
    <message>
        <source>Run the ELM analysis of a saved model on the open dataset</source>
        <translation>Die ELM-Analyse eines gespeicherten Modells auf dem geöffneten Datensatz ausführen</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Export the figure in front as PNG, SVG or PDF</source>
        <translation>Die vorne liegende Abbildung als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation>Alle Abbildungen exportieren…</translation>
    </message>
    <message>
        <source>Export every figure into a folder</source>
        <translation>Jede Abbildung in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Geführte Tour</translation>
    </message>
    <message>
        <source>A walk from simulation to the four-genotype cluster plot</source>
        <translation>Ein Rundgang von der Simulation bis zum Cluster-Diagramm der vier Genotypen</translation>
    </message>
    <message>
        <source>Train and analyse</source>
        <translation>Trainieren und analysieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>What ELM shows</source>
        <translation>Was ELM zeigt</translation>
    </message>
    <message>
        <source>A neural network learns to predict phenotypes from genotypes. Because this network has no biases and Leaky-ReLU units, its output is exactly &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: a linear map, different for each individual. The Jacobian J(x) holds the network&apos;s &lt;b&gt;sensitivities&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, and they carry the genetics: their mean is the additive effect, their spread comes from epistasis.</source>
        <translation>Ein neuronales Netz lernt, Phänotypen aus Genotypen vorherzusagen. Weil dieses Netz keine Bias-Terme und Leaky-ReLU-Einheiten hat, ist seine Ausgabe exakt &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: eine lineare Abbildung, die für jedes Individuum verschieden ist. Die Jacobi-Matrix J(x) enthält die &lt;b&gt;Sensitivitäten&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; des Netzes, und sie tragen die Genetik: Ihr Mittelwert ist der additive Effekt, ihre Streuung stammt aus der Epistasie.</translation>
    </message>
    <message>
        <source>1. Simulate a population</source>
        <translation>1. Eine Population simulieren</translation>
    </message>
    <message>
        <source>Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. Press &lt;b&gt;Simulate and open&lt;/b&gt;: the true effects are written too, so every estimate can be checked.</source>
        <translation>Wählen Sie Loci, interagierende Paare und je Merkmal, welcher Anteil der genetischen Varianz epistatisch ist. Klicken Sie auf &lt;b&gt;Simulieren und öffnen&lt;/b&gt;: Auch die wahren Effekte werden geschrieben, sodass jede Schätzung überprüft werden kann.</translation>
    </message>
    <message>
        <source>2. The dataset</source>
        <translation>2. Der Datensatz</translation>
    </message>
    <message>
        <source>The summary lists samples, loci, traits and the train/test split, and whether true effects are known. You can open your own data here instead (HDF5, AlphaSimR text or PLINK).</source>
        <translation>Die Übersicht nennt Proben, Loci, Merkmale und die Trainings-/Testaufteilung und ob die wahren Effekte bekannt sind. Stattdessen können Sie hier auch eigene Daten öffnen (HDF5, AlphaSimR-Text oder PLINK).</translation>
    </message>
    <message>
        <source>3. Train the network</source>
        <translation>3. Das Netz trainieren</translation>
    </message>
    <message>
        <source>The form holds the pub&apos;s recipe. For a quick look set &lt;b&gt;Max epochs&lt;/b&gt; to 10, then press &lt;b&gt;Train and analyse&lt;/b&gt;. Training runs in the background; you can keep exploring or cancel.</source>
        <translation>Das Formular enthält das Rezept der Publikation. Für einen schnellen Eindruck setzen Sie &lt;b&gt;Max. Epochen&lt;/b&gt; auf 10 und klicken dann auf &lt;b&gt;Trainieren und analysieren&lt;/b&gt;. Das Training läuft im Hintergrund; Sie können weiter erkunden oder abbrechen.</translation>
    </message>
    <message>
        <source>4. Loss curves</source>
        <translation>4. Verlustkurven</translation>
    </message>
    <message>
        <source>Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch is the best one, restored when early stopping ends training.</source>
        <translation>Trainings- und überwachter Verlust pro Epoche. Gestrichelte Linien markieren Senkungen der Lernrate; die markierte Epoche ist die beste, die wiederhergestellt wird, wenn Early Stopping das Training beendet.</translation>
    </message>
    <message>
        <source>5. J·x equals the output</source>
        <translation>5. J·x gleich der Ausgabe</translation>
    </message>
    <message>
        <source>Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map reproduces the network exactly, so reading effects off J(x) loses nothing.</source>
        <translation>Jeder Punkt ist ein Testindividuum. Alle liegen auf der 1:1-Linie: Die individuelle lineare Abbildung reproduziert das Netz exakt, sodass beim Ablesen der Effekte aus J(x) nichts verloren geht.</translation>
    </message>
    <message>
        <source>6. Additive effects</source>
        <translation>6. Additive Effekte</translation>
    </message>
    <message>
        <source>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Averaged over individuals the epistatic part cancels (x&lt;sub&gt;j&lt;/sub&gt; averages to about 0), leaving β&lt;sub&gt;i&lt;/sub&gt;: the mean sensitivity should fall on the 1:1 line against the true additive effect.</source>
        <translation>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Über die Individuen gemittelt hebt sich der epistatische Anteil auf (x&lt;sub&gt;j&lt;/sub&gt; mittelt sich auf etwa 0), übrig bleibt β&lt;sub&gt;i&lt;/sub&gt;: Die mittlere Sensitivität sollte gegen den wahren additiven Effekt auf der 1:1-Linie liegen.</translation>
    </message>
    <message>
        <source>7. Epistatic loci</source>
        <translation>7. Epistatische Loci</translation>
    </message>
    <message>
        <source>The variance of ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; over individuals is β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): zero for a purely additive locus, growing with the square of its interaction. Loci high on this plot are the candidates for epistasis.</source>
        <translation>Die Varianz von ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; über die Individuen ist β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): null für einen rein additiven Locus, wachsend mit dem Quadrat seiner Interaktion. Loci weit oben in diesem Diagramm sind Kandidaten für Epistasie.</translation>
    </message>
    <message>
        <source>8. All pairs at once</source>
        <translation>8. Alle Paare auf einmal</translation>
    </message>
    <message>
        <source>Each cell is the estimated β&lt;sub&gt;ij&lt;/sub&gt; for a pair of loci. &lt;b&gt;Click a bright cell&lt;/b&gt; to see that pair&apos;s four genotype clusters.</source>
        <translation>Jede Zelle ist das geschätzte β&lt;sub&gt;ij&lt;/sub&gt; für ein Paar von Loci. &lt;b&gt;Klicken Sie auf eine helle Zelle&lt;/b&gt;, um die vier Genotyp-Cluster dieses Paares zu sehen.</translation>
    </message>
    <message>
        <source>9. Four genotype clusters</source>
        <translation>9. Vier Genotyp-Cluster</translation>
    </message>
    <message>
        <source>Each individual is a point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloured by its genotype at the two loci. With epistasis the sensitivity to i shifts by 2β&lt;sub&gt;ij&lt;/sub&gt; when j flips: four separate clusters. Without it, the clusters collapse into one.</source>
        <translation>Jedes Individuum ist ein Punkt (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), gefärbt nach seinem Genotyp an den beiden Loci. Mit Epistasie verschiebt sich die Sensitivität für i um 2β&lt;sub&gt;ij&lt;/sub&gt;, wenn j umklappt: vier getrennte Cluster. Ohne sie fallen die Cluster zu einem zusammen.</translation>
    </message>
    <message>
        <source>10. Keep and share</source>
        <translation>10. Aufbewahren und teilen</translation>
    </message>
    <message>
        <source>Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come back to this exact view. &lt;code&gt;locuscope export-figures&lt;/code&gt; makes the same figures without a display.</source>
        <translation>Exportieren Sie jede Abbildung als PNG (Größe und DPI), SVG oder PDF, einzeln oder alle auf einmal; speichern Sie die Sitzung, um genau zu dieser Ansicht zurückzukehren. &lt;code&gt;locuscope export-figures&lt;/code&gt; erzeugt dieselben Abbildungen ohne Bildschirm.</translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, or cancel it.</source>
        <translation>Warten Sie, bis „%1“ abgeschlossen ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>„%1“ wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Choose a dataset first: a folder or one of its files.</source>
        <translation>Wählen Sie zuerst einen Datensatz: einen Ordner oder eine seiner Dateien.</translation>
    </message>
    <message>
        <source>Open dataset %1</source>
        <translation>Datensatz %1 öffnen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird gelesen…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose a folder for the simulated dataset.</source>
        <translation>Wählen Sie einen Ordner für den simulierten Datensatz.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Simulate %1 individuals × %2 loci</source>
        <translation>%1 Individuen × %2 Loci simulieren</translation>
    </message>
    <message>
        <source>Open or simulate a dataset first.</source>
        <translation>Öffnen oder simulieren Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Train and analyse ELM, %1 replicates</source>
        <translation>ELM trainieren und analysieren, %1 Replikate</translation>
    </message>
    <message>
        <source>Train and analyse ELM</source>
        <translation>ELM trainieren und analysieren</translation>
    </message>
    <message>
        <source>Open the dataset the model should be analysed on first.</source>
        <translation>Öffnen Sie zuerst den Datensatz, auf dem das Modell analysiert werden soll.</translation>
    </message>
    <message>
        <source>Analyse model %1</source>
        <translation>Modell %1 analysieren</translation>
    </message>
    <message>
        <source>Open results %1</source>
        <translation>Ergebnisse %1 öffnen</translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation>Es gibt noch kein trainiertes Modell zum Speichern.</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modell gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save session %1</source>
        <translation>Sitzung %1 speichern</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sitzung gespeichert unter %1</translation>
    </message>
    <message>
        <source>Open session %1</source>
        <translation>Sitzung %1 öffnen</translation>
    </message>
    <message>
        <source>Unknown figure format “%1” (png, svg, pdf)</source>
        <translation>Unbekanntes Abbildungsformat „%1“ (png, svg, pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation>Ordner für die Abbildungen</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Analyse a saved model</source>
        <translation>Ein gespeichertes Modell analysieren</translation>
    </message>
    <message>
        <source>Results folder of locuscope-cli elm</source>
        <translation>Ergebnisordner von locuscope-cli elm</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Locuscope sessions (*.json)</source>
        <translation>Locuscope-Sitzungen (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
</context>
<context>
    <name>locuscope::ExportFigureDialog</name>
    <message>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation>PNG-Bild (Raster)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>%1 × %2 cm at %3 dpi</source>
        <translation>%1 × %2 cm bei %3 dpi</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to save the figure to.</source>
        <translation>Wählen Sie eine Datei, in der die Abbildung gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>locuscope::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>End tour</source>
        <translation>Tour beenden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>locuscope::JobWorker</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled; no output was written</source>
        <translation>Abgebrochen; es wurde keine Ausgabe geschrieben</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>locuscope::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; it writes no output</source>
        <translation>Diesen Auftrag stoppen; er schreibt keine Ausgabe</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusEstimateFigure</name>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Führen Sie eine ELM-Analyse aus, um ihre Abbildungen zu sehen.</translation>
    </message>
    <message>
        <source>The report holds no per-locus estimates for this trait.</source>
        <translation>Der Bericht enthält keine Schätzungen pro Locus für dieses Merkmal.</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>Loci</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>locus, ranked (no simulated truth in these data)</source>
        <translation>Locus, nach Rang (keine simulierte Wahrheit in diesen Daten)</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusTrackPanel</name>
    <message>
        <source>Genes</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Predicted
methylation</source>
        <translation>Vorhergesagte
Methylierung</translation>
    </message>
    <message>
        <source>Δ methylation
(alt − ref)</source>
        <translation>Δ Methylierung
(alt − ref)</translation>
    </message>
    <message>
        <source>Observed
methylation</source>
        <translation>Beobachtete
Methylierung</translation>
    </message>
    <message>
        <source>GWAS
−log10(p)</source>
        <translation>GWAS
−log10(p)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>ISM</source>
        <translation>ISM</translation>
    </message>
    <message>
        <source>Sequence
logo</source>
        <translation>Sequenz-
logo</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>alternative (variant)</source>
        <translation>alternativ (Variante)</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>%1 position (attribution window)</source>
        <translation>Position auf %1 (Attributionsfenster)</translation>
    </message>
    <message>
        <source>integrated gradients (sum over bases)</source>
        <translation>Integrated Gradients (Summe über die Basen)</translation>
    </message>
    <message>
        <source>saliency (gradient × input)</source>
        <translation>Saliency (Gradient × Eingabe)</translation>
    </message>
    <message>
        <source>Δ prediction</source>
        <translation>Δ Vorhersage</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>Integrated Gradients</translation>
    </message>
    <message>
        <source>gradient × input</source>
        <translation>Gradient × Eingabe</translation>
    </message>
    <message>
        <source>%1 position</source>
        <translation>Position auf %1</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <translation>%1
%2 = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (%2)
TSS %3:%4, strand %5</source>
        <translation>%1 (%2)
TSS %3:%4, Strang %5</translation>
    </message>
    <message>
        <source>CpG %1:%2 (%3)
reference %4</source>
        <translation>CpG %1:%2 (%3)
Referenz %4</translation>
    </message>
    <message>
        <source>
alternative %1, Δ %2</source>
        <translation>
alternativ %1, Δ %2</translation>
    </message>
    <message>
        <source>%1:%2
β %3</source>
        <translation>%1:%2
β %3</translation>
    </message>
    <message>
        <source>, coverage %1</source>
        <translation>, Abdeckung %1</translation>
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
Gradient × Eingabe %1</translation>
    </message>
    <message>
        <source>
integrated gradients %1</source>
        <translation>
Integrated Gradients %1</translation>
    </message>
    <message>
        <source>
ISM A %1, C %2, G %3, T %4</source>
        <translation>
ISM A %1, C %2, G %3, T %4</translation>
    </message>
    <message>
        <source>Unknown track %1</source>
        <translation>Unbekannte Spur %1</translation>
    </message>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>Die Abbildungsgröße muss 16–20000 px und die Auflösung 10–4800 dpi betragen</translation>
    </message>
    <message>
        <source>There are no tracks to export</source>
        <translation>Es gibt keine Spuren zum Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Locus tracks %1:%2-%3</source>
        <translation>Locus-Spuren %1:%2-%3</translation>
    </message>
    <message>
        <source>Could not render the tracks to %1</source>
        <translation>Die Spuren konnten nicht nach %1 gerendert werden</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>locuscope::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
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
        <translation>Methylierung</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Seal: DeepSEA-Beluga chromatin features → TSS-distance bases → transfer MLP</source>
        <translation>Seal: DeepSEA-Beluga-Chromatinmerkmale → TSS-Abstands-Basisfunktionen → Transfer-MLP</translation>
    </message>
    <message>
        <source>Predict how variants change gene expression across 802 brain contexts, and see why.</source>
        <translation>Sagen Sie vorher, wie Varianten die Genexpression in 802 Gehirnkontexten verändern, und sehen Sie, warum.</translation>
    </message>
    <message>
        <source>Variant effects on expression for every context, from a VCF</source>
        <translation>Varianteneffekte auf die Expression in jedem Kontext, aus einer VCF-Datei</translation>
    </message>
    <message>
        <source>Six attribution methods: saliency, integrated gradients, DeepLIFT, GradientSHAP, KernelSHAP, LIME</source>
        <translation>Sechs Attributionsmethoden: Saliency, Integrated Gradients, DeepLIFT, GradientSHAP, KernelSHAP, LIME</translation>
    </message>
    <message>
        <source>Train or fine-tune on expression matrices</source>
        <translation>Training oder Feinabstimmung mit Expressionsmatrizen</translation>
    </message>
    <message>
        <source>Epistasis</source>
        <translation>Epistasie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Measure compute &amp;speed</source>
        <translation>Rechen&amp;geschwindigkeit messen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Locuscope</source>
        <translation>Ü&amp;ber Locuscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 · %2 threads · BLAS: %3</source>
        <translation>%1 · %2 Threads · BLAS: %3</translation>
    </message>
    <message>
        <source>Compute device, LibTorch threads and the BLAS library in use</source>
        <translation>Rechengerät, LibTorch-Threads und verwendete BLAS-Bibliothek</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Aufträge laufen noch</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit? Cancelled jobs write no output.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch. Abbrechen und beenden? Abgebrochene Aufträge schreiben keine Ausgabe.</numerusform>
            <numerusform>%n Aufträge laufen noch. Abbrechen und beenden? Abgebrochene Aufträge schreiben keine Ausgabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locuscope %1 ready: %2, %3 of %4 cores, LibTorch %5, BLAS %6</source>
        <translation>Locuscope %1 bereit: %2, %3 von %4 Kernen, LibTorch %5, BLAS %6</translation>
    </message>
    <message>
        <source>The BLAS library in use is not optimised; model computations will be slow. Install libopenblas0-pthread.</source>
        <translation>Die verwendete BLAS-Bibliothek ist nicht optimiert; Modellberechnungen werden langsam sein. Installieren Sie libopenblas0-pthread.</translation>
    </message>
    <message>
        <source>&amp;Epistasis</source>
        <translation>&amp;Epistasie</translation>
    </message>
</context>
<context>
    <name>locuscope::MethylationWorkspace</name>
    <message>
        <source>Locuscope did not close cleanly last time. &lt;a href=&quot;recover&quot;&gt;Restore the autosaved methylation session&lt;/a&gt;.</source>
        <translation>Locuscope wurde beim letzten Mal nicht ordnungsgemäß beendet. &lt;a href=&quot;recover&quot;&gt;Automatisch gespeicherte Methylierungssitzung wiederherstellen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Methylation&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT: how single-nucleotide variants change CpG methylation. A variant&apos;s MRV score is the largest |alt − ref| of predicted methylation over the CpGs within 1 kb.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Methylierung&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) und Cell-type-INTERACT: wie Einzelnukleotidvarianten die CpG-Methylierung verändern. Der MRV-Score einer Variante ist das größte |alt − ref| der vorhergesagten Methylierung über die CpGs im Umkreis von 1 kb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo locus</source>
        <translation>Demo-Locus öffnen</translation>
    </message>
    <message>
        <source>A synthetic genome with planted CpG islands and motifs, a small model trained on it, genes, variants and GWAS statistics</source>
        <translation>Ein synthetisches Genom mit eingebrachten CpG-Inseln und Motiven, ein darauf trainiertes kleines Modell, Gene, Varianten und GWAS-Statistiken</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Dateien öffnen…</translation>
    </message>
    <message>
        <source>Reference genome (FASTA)…</source>
        <translation>Referenzgenom (FASTA)…</translation>
    </message>
    <message>
        <source>Variants (VCF/BCF)…</source>
        <translation>Varianten (VCF/BCF)…</translation>
    </message>
    <message>
        <source>Genes (BED/GTF)…</source>
        <translation>Gene (BED/GTF)…</translation>
    </message>
    <message>
        <source>Methylation model…</source>
        <translation>Methylierungsmodell…</translation>
    </message>
    <message>
        <source>Observed methylation…</source>
        <translation>Beobachtete Methylierung…</translation>
    </message>
    <message>
        <source>GWAS summary statistics…</source>
        <translation>GWAS-Summary-Statistiken…</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>Sitzung…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Sitzung speichern…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Gene, chr:start-end, chr:pos or variant ID</source>
        <translation>Gen, chr:start-end, chr:pos oder Varianten-ID</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Next top variant</source>
        <translation>Nächste Top-Variante</translation>
    </message>
    <message>
        <source>Select the scored variant with the next highest MRV score</source>
        <translation>Die bewertete Variante mit dem nächsthöheren MRV-Score auswählen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Score selection</source>
        <translation>Auswahl bewerten</translation>
    </message>
    <message>
        <source>Score locus</source>
        <translation>Locus bewerten</translation>
    </message>
    <message>
        <source>Score whole VCF</source>
        <translation>Gesamte VCF bewerten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Track panel as figure…</source>
        <translation>Spurenpanel als Abbildung…</translation>
    </message>
    <message>
        <source>One track as figure…</source>
        <translation>Einzelne Spur als Abbildung…</translation>
    </message>
    <message>
        <source>Scores as TSV…</source>
        <translation>Scores als TSV…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Scores exportieren</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Scored variants as annotated VCF…</source>
        <translation>Bewertete Varianten als annotierte VCF…</translation>
    </message>
    <message>
        <source>Export annotated VCF</source>
        <translation>Annotierte VCF exportieren</translation>
    </message>
    <message>
        <source>VCF (*.vcf *.vcf.gz *.bcf)</source>
        <translation>VCF (*.vcf *.vcf.gz *.bcf)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>The open VCF shown in the table and on the variants track</source>
        <translation>Die geöffnete VCF, angezeigt in der Tabelle und auf der Variantenspur</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>Filter: ID, contig, chr:start-end</source>
        <translation>Filter: ID, Contig, chr:start-end</translation>
    </message>
    <message>
        <source>SNVs</source>
        <translation>SNVs</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>REF mismatches</source>
        <translation>REF-Abweichungen</translation>
    </message>
    <message>
        <source>MRV ≥ </source>
        <translation>MRV ≥ </translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>„%1“ wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Open reference %1</source>
        <translation>Referenz %1 öffnen</translation>
    </message>
    <message>
        <source>Open variants %1 (first records)</source>
        <translation>Varianten %1 öffnen (erste Einträge)</translation>
    </message>
    <message>
        <source>Open variants %1</source>
        <translation>Varianten %1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n variant(s) while the rest of %1 is read…</source>
        <translation>
            <numerusform>Anzeige der ersten %n Variante, während der Rest von %1 gelesen wird…</numerusform>
            <numerusform>Anzeige der ersten %n Varianten, während der Rest von %1 gelesen wird…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open genes %1</source>
        <translation>Gene %1 öffnen</translation>
    </message>
    <message>
        <source>Open observed methylation %1</source>
        <translation>Beobachtete Methylierung %1 öffnen</translation>
    </message>
    <message>
        <source>Open GWAS statistics %1</source>
        <translation>GWAS-Statistiken %1 öffnen</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: the reference has no contig “%2”</source>
        <translation>%1: Die Referenz hat kein Contig „%2“</translation>
    </message>
    <message>
        <source>%1: past the end of %2 (%3 bp)</source>
        <translation>%1: jenseits des Endes von %2 (%3 bp)</translation>
    </message>
    <message>
        <source>“%1” is not a region, a gene in the open annotation or a variant ID in the open VCF.</source>
        <translation>„%1“ ist weder eine Region noch ein Gen in der geöffneten Annotation noch eine Varianten-ID in der geöffneten VCF.</translation>
    </message>
    <message>
        <source>No scored variant to go to: score the locus or the VCF first.</source>
        <translation>Keine bewertete Variante zum Anspringen: Bewerten Sie zuerst den Locus oder die VCF.</translation>
    </message>
    <message>
        <source>Zoom in to at most %1 kb to see predicted methylation.</source>
        <translation>Vergrößern Sie auf höchstens %1 kb, um die vorhergesagte Methylierung zu sehen.</translation>
    </message>
    <message>
        <source>Predict methylation %1</source>
        <translation>Methylierung vorhersagen %1</translation>
    </message>
    <message>
        <source>Attributions at %1</source>
        <translation>Attributionen bei %1</translation>
    </message>
    <message>
        <source>Scoring needs a reference genome, a VCF and a methylation model.</source>
        <translation>Für die Bewertung werden ein Referenzgenom, eine VCF und ein Methylierungsmodell benötigt.</translation>
    </message>
    <message>
        <source>Scored %1 SNVs (%2 without a CpG within reach). %3</source>
        <translation>%1 SNVs bewertet (%2 ohne CpG in Reichweite). %3</translation>
    </message>
    <message>
        <source>Select one or more variants in the table first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Varianten in der Tabelle aus.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n selected variant(s)</source>
        <translation>
            <numerusform>%n ausgewählte Variante bewerten</numerusform>
            <numerusform>%n ausgewählte Varianten bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to a locus first.</source>
        <translation>Gehen Sie zuerst zu einem Locus.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>%1 bewerten</translation>
    </message>
    <message>
        <source>Score the whole VCF</source>
        <translation>Gesamte VCF bewerten</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scored variant(s) to %1.</source>
        <translation>
            <numerusform>%n bewertete Variante nach %1 geschrieben.</numerusform>
            <numerusform>%n bewertete Varianten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scored yet: score a selection, the locus or the VCF first.</source>
        <translation>Noch nichts bewertet: Bewerten Sie zuerst eine Auswahl, den Locus oder die VCF.</translation>
    </message>
    <message>
        <source>Export annotated VCF %1</source>
        <translation>Annotierte VCF %1 exportieren</translation>
    </message>
    <message>
        <source>Could not export the figure: %1</source>
        <translation>Die Abbildung konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Could not export the track: %1</source>
        <translation>Die Spur konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>%1: the session refers to %2, which does not exist</source>
        <translation>%1: Die Sitzung verweist auf %2, das nicht existiert</translation>
    </message>
    <message>
        <source>Read saved scores</source>
        <translation>Gespeicherte Scores lesen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>GWAS</source>
        <translation>GWAS</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n Variante</numerusform>
            <numerusform>%n Varianten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Locuscope session (*.json)</source>
        <translation>Locuscope-Sitzung (*.json)</translation>
    </message>
</context>
<context>
    <name>locuscope::PairClusterFigure</name>
    <message>
        <source>Choose the pair of loci to plot</source>
        <translation>Das darzustellende Locus-Paar wählen</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Paar:</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>Stärkste Paare</translation>
    </message>
    <message>
        <source>by estimated |β̂ᵢⱼ|</source>
        <translation>nach geschätztem |β̂ᵢⱼ|</translation>
    </message>
    <message>
        <source>by true |βᵢⱼ|</source>
        <translation>nach wahrem |βᵢⱼ|</translation>
    </message>
    <message>
        <source>Click a pair to plot its genotype clusters</source>
        <translation>Klicken Sie auf ein Paar, um seine Genotyp-Cluster darzustellen</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of a locus pair</source>
        <translation>Abb. 5 · Genotyp-Cluster eines Locus-Paares</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of %1</source>
        <translation>Abb. 5 · Genotyp-Cluster von %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistasis makes four clusters&lt;/h3&gt;&lt;p&gt;Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on the genotype at j, and the other way round:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample, placed by its two sensitivities and coloured by its genotypes at the two loci. With epistasis the samples fall into four clusters, one per genotype combination, shifted by ±β&lt;sub&gt;ij&lt;/sub&gt; along each axis (sometimes a parallelogram, because other loci add their own spread). Without epistasis the clusters sit on top of each other.&lt;/p&gt;&lt;p&gt;The crosses mark the class means; the estimate combines them:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), averaged over both loci.&lt;/p&gt;&lt;p&gt;Pick a pair above, click one in the list, or click a cell of the epistasis map. For diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no class and do not enter β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Epistasie erzeugt vier Cluster&lt;/h3&gt;&lt;p&gt;Nehmen Sie zwei interagierende Loci i und j. Die Sensitivität des Phänotyps für Locus i hängt vom Genotyp an j ab und umgekehrt:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeder Punkt ist eine Testprobe, platziert nach ihren beiden Sensitivitäten und gefärbt nach ihren Genotypen an den beiden Loci. Mit Epistasie zerfallen die Proben in vier Cluster, einen je Genotypkombination, entlang jeder Achse um ±β&lt;sub&gt;ij&lt;/sub&gt; verschoben (manchmal ein Parallelogramm, weil andere Loci ihre eigene Streuung beitragen). Ohne Epistasie liegen die Cluster übereinander.&lt;/p&gt;&lt;p&gt;Die Kreuze markieren die Klassenmittelwerte; die Schätzung kombiniert sie:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), gemittelt über beide Loci.&lt;/p&gt;&lt;p&gt;Wählen Sie oben ein Paar, klicken Sie auf eines in der Liste oder auf eine Zelle der Epistasie-Karte. Bei diploiden Daten sind Proben, die an einem der beiden Loci heterozygot sind (x = 0), grau: Sie gehören zu keiner Klasse und gehen nicht in β̂&lt;sub&gt;ij&lt;/sub&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1   β̂ = %2</source>
        <translation>%1   β̂ = %2</translation>
    </message>
    <message>
        <source>   (true %1)</source>
        <translation>   (wahr %1)</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Führen Sie eine ELM-Analyse aus, um ihre Abbildungen zu sehen.</translation>
    </message>
    <message>
        <source>These data have fewer than two loci.</source>
        <translation>Diese Daten haben weniger als zwei Loci.</translation>
    </message>
    <message>
        <source>Per-sample sensitivities were not kept in this report.
Run the analysis again with &quot;keep sensitivities&quot; to see the genotype clusters.</source>
        <translation>Die Sensitivitäten pro Probe wurden in diesem Bericht nicht gespeichert.
Führen Sie die Analyse mit „Sensitivitäten behalten“ erneut aus, um die Genotyp-Cluster zu sehen.</translation>
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
        <translation>heterozygot an einem der beiden Loci</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
    <message>
        <source>class means</source>
        <translation>Klassenmittelwerte</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xᵢ)</source>
        <translation>Sensitivität für %1 (∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xⱼ)</source>
        <translation>Sensitivität für %1 (∂f/∂xⱼ)</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ = %1</source>
        <translation>geschätztes βᵢⱼ = %1</translation>
    </message>
    <message>
        <source>
true βᵢⱼ%1 = %2</source>
        <translation>
wahres βᵢⱼ%1 = %2</translation>
    </message>
    <message>
        <source>Sample %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</source>
        <translation>Probe %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</translation>
    </message>
</context>
<context>
    <name>locuscope::PairwiseEpistasisFigure</name>
    <message>
        <source>Fig 6 · Pairwise epistasis estimates (ranked)</source>
        <translation>Abb. 6 · Schätzungen der paarweisen Epistasie (nach Rang)</translation>
    </message>
    <message>
        <source>Fig 10 · Pairwise epistasis, mean of %1 replicates</source>
        <translation>Abb. 10 · Paarweise Epistasie, Mittel aus %1 Replikaten</translation>
    </message>
    <message>
        <source>Fig 6 · Pairwise epistasis</source>
        <translation>Abb. 6 · Paarweise Epistasie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading every pairwise interaction off the network&lt;/h3&gt;&lt;p&gt;For each pair of loci (i, j) the test samples fall into four genotype classes. The mean sensitivity to locus i moves by 2β&lt;sub&gt;ij&lt;/sub&gt; when x&lt;sub&gt;j&lt;/sub&gt; flips from −1 to +1, so the four class means give&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, averaged with the same estimate from locus j.&lt;/p&gt;&lt;p&gt;Each point is one pair of loci. Most pairs do not interact (true β&lt;sub&gt;ij&lt;/sub&gt; = 0) and should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the least-squares line says how much of each interaction the network captured (the pub finds about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².&lt;/p&gt;&lt;p&gt;With several replicate models (fresh noise and initialisation each) the points are the mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which matters most at low heritability.&lt;/p&gt;&lt;p&gt;Click a point to show that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jede paarweise Interaktion aus dem Netz ablesen&lt;/h3&gt;&lt;p&gt;Für jedes Locus-Paar (i, j) fallen die Testproben in vier Genotypklassen. Die mittlere Sensitivität für Locus i verschiebt sich um 2β&lt;sub&gt;ij&lt;/sub&gt;, wenn x&lt;sub&gt;j&lt;/sub&gt; von −1 auf +1 wechselt, also ergeben die vier Klassenmittelwerte&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, gemittelt mit derselben Schätzung von Locus j aus.&lt;/p&gt;&lt;p&gt;Jeder Punkt ist ein Locus-Paar. Die meisten Paare interagieren nicht (wahres β&lt;sub&gt;ij&lt;/sub&gt; = 0) und sollten nahe null liegen; die wenigen interagierenden Paare sollten der 1:1-Linie folgen. Die Steigung der Kleinste-Quadrate-Geraden zeigt, welchen Anteil jeder Interaktion das Netz erfasst hat (die Publikation findet etwa 0,86); r² = 1 − Σ(Wahrheit − Schätzung)² / Σ(Wahrheit − Mittelwert)².&lt;/p&gt;&lt;p&gt;Bei mehreren Replikatmodellen (jeweils mit neuem Rauschen und neuer Initialisierung) sind die Punkte die mittlere Schätzung mit Balken für ±1 Standardabweichung: Das Mitteln beseitigt falsch positive Ergebnisse, was bei niedriger Heritabilität am wichtigsten ist.&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Punkt, um die Genotyp-Cluster dieses Paares anzuzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Führen Sie eine ELM-Analyse aus, um ihre Abbildungen zu sehen.</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>Der Bericht enthält keine paarweisen Schätzungen für dieses Merkmal.</translation>
    </message>
    <message>
        <source>replicate 1</source>
        <translation>Replikat 1</translation>
    </message>
    <message>
        <source>mean of %1 replicates ± sd</source>
        <translation>Mittel aus %1 Replikaten ± SD</translation>
    </message>
    <message>
        <source>locus pairs</source>
        <translation>Locus-Paare</translation>
    </message>
    <message>
        <source>true pairwise effect βᵢⱼ%1</source>
        <translation>wahrer paarweiser Effekt βᵢⱼ%1</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ (replicate mean)</source>
        <translation>geschätztes βᵢⱼ (Mittel der Replikate)</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>geschätztes βᵢⱼ</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1 (perfekte Wiederherstellung)</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>Kleinste-Quadrate-Anpassung</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2
%3 pairs</source>
        <translation>Steigung = %1, r² = %2
%3 Paare</translation>
    </message>
    <message>
        <source>No epistatic pairs in the simulation for this trait: no fit
%1 pairs</source>
        <translation>Keine epistatischen Paare in der Simulation für dieses Merkmal: keine Anpassung
%1 Paare</translation>
    </message>
    <message>
        <source>pair rank by |estimated βᵢⱼ| (no simulated truth in these data)</source>
        <translation>Paar-Rang nach |geschätztem βᵢⱼ| (keine simulierte Wahrheit in diesen Daten)</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source> ± %1 (sd over replicates)</source>
        <translation> ± %1 (SD über Replikate)</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>wahres βᵢⱼ%1 = %2</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
</context>
<context>
    <name>locuscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>(after restart)</source>
        <translation>(nach Neustart)</translation>
    </message>
</context>
<context>
    <name>locuscope::ReconstructionFigure</name>
    <message>
        <source>Fig 1 · Linear reconstruction J(x)·x = f(x)</source>
        <translation>Abb. 1 · Lineare Rekonstruktion J(x)·x = f(x)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The network is exactly linear around every genotype&lt;/h3&gt;&lt;p&gt;The network has no bias terms and uses Leaky-ReLU activations, so for each genotype &lt;i&gt;x&lt;/i&gt; it behaves like a linear map: its output equals its Jacobian (the sensitivity of the output to every locus) times the genotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample: the network&apos;s prediction across, the sum of its per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest gap shown in the box, float rounding only) mean the sensitivities are a complete, exact account of every prediction — the basis of all later figures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Netz ist um jeden Genotyp herum exakt linear&lt;/h3&gt;&lt;p&gt;Das Netz hat keine Bias-Terme und verwendet Leaky-ReLU-Aktivierungen, daher verhält es sich für jeden Genotyp &lt;i&gt;x&lt;/i&gt; wie eine lineare Abbildung: Seine Ausgabe ist gleich seiner Jacobi-Matrix (der Sensitivität der Ausgabe für jeden Locus) mal dem Genotyp.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeder Punkt ist eine Testprobe: horizontal die Vorhersage des Netzes, vertikal die Summe ihrer Sensitivitäten pro Locus mal ihrem Genotyp. Liegen alle Punkte auf der gestrichelten 1:1-Linie (größte Abweichung im Kasten, nur Gleitkomma-Rundung), sind die Sensitivitäten eine vollständige, exakte Erklärung jeder Vorhersage — die Grundlage aller weiteren Abbildungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Führen Sie eine ELM-Analyse aus, um ihre Abbildungen zu sehen.</translation>
    </message>
    <message>
        <source>The report holds no test predictions.</source>
        <translation>Der Bericht enthält keine Testvorhersagen.</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>Testproben</translation>
    </message>
    <message>
        <source>model output f(x)</source>
        <translation>Modellausgabe f(x)</translation>
    </message>
    <message>
        <source>linear reconstruction J(x)·x</source>
        <translation>lineare Rekonstruktion J(x)·x</translation>
    </message>
    <message>
        <source>max |J(x)·x − f(x)| = %1
all traits: %2
n = %3 test samples</source>
        <translation>max |J(x)·x − f(x)| = %1
alle Merkmale: %2
n = %3 Testproben</translation>
    </message>
    <message>
        <source>Sample %1
f(x) = %2
J(x)·x = %3</source>
        <translation>Probe %1
f(x) = %2
J(x)·x = %3</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityPcaFigure</name>
    <message>
        <source>Principal components of the sensitivities</source>
        <translation>Hauptkomponenten der Sensitivitäten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which loci vary together?&lt;/h3&gt;&lt;p&gt;Every test sample has a sensitivity vector: how much the prediction would change per locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. PCA finds the directions in which these vectors differ most between samples.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, loadings w)&lt;/p&gt;&lt;p&gt;Purely additive loci have the same sensitivity in every genome and contribute nothing. An epistatic pair (i, j) makes ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; follow x&lt;sub&gt;j&lt;/sub&gt; and ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; follow x&lt;sub&gt;i&lt;/sub&gt;, so each interacting pair adds its own component of variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. The bars show the share of variance per component; the scatter places each locus by its loadings on the first two components — loci far from the origin drive them, and the partners of a strong pair load together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welche Loci variieren gemeinsam?&lt;/h3&gt;&lt;p&gt;Jede Testprobe hat einen Sensitivitätsvektor: wie stark sich die Vorhersage pro Locus ändern würde, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. Die PCA findet die Richtungen, in denen sich diese Vektoren zwischen den Proben am stärksten unterscheiden.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (Scores t, Ladungen w)&lt;/p&gt;&lt;p&gt;Rein additive Loci haben in jedem Genom dieselbe Sensitivität und tragen nichts bei. Ein epistatisches Paar (i, j) lässt ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; folgen und ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, daher fügt jedes interagierende Paar eine eigene Varianzkomponente β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; hinzu. Die Balken zeigen den Varianzanteil je Komponente; das Streudiagramm platziert jeden Locus nach seinen Ladungen auf den ersten beiden Komponenten — Loci weit vom Ursprung treiben sie an, und die Partner eines starken Paares laden gemeinsam.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Führen Sie eine ELM-Analyse aus, um ihre Abbildungen zu sehen.</translation>
    </message>
    <message>
        <source>The report holds no PCA of the sensitivities for this trait.</source>
        <translation>Der Bericht enthält keine PCA der Sensitivitäten für dieses Merkmal.</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>erklärte Varianz</translation>
    </message>
    <message>
        <source>principal component</source>
        <translation>Hauptkomponente</translation>
    </message>
    <message>
        <source>variance explained (%)</source>
        <translation>erklärte Varianz (%)</translation>
    </message>
    <message>
        <source>loading on PC1 (%1 %)</source>
        <translation>Ladung auf PC1 (%1 %)</translation>
    </message>
    <message>
        <source>loading on PC2 (%1 %)</source>
        <translation>Ladung auf PC2 (%1 %)</translation>
    </message>
    <message>
        <source>additive only (simulation)</source>
        <translation>nur additiv (Simulation)</translation>
    </message>
    <message>
        <source>in an epistatic pair (simulation)</source>
        <translation>in einem epistatischen Paar (Simulation)</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>Loci</translation>
    </message>
    <message>
        <source>%1
PC1 loading %2
PC2 loading %3</source>
        <translation>%1
Ladung auf PC1 %2
Ladung auf PC2 %3</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the sensitivity variance</source>
        <translation>PC%1: %2 % der Sensitivitätsvarianz</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityVarianceFigure</name>
    <message>
        <source>Fig 3 · Candidate epistatic loci (sensitivity variance)</source>
        <translation>Abb. 3 · Kandidaten für epistatische Loci (Sensitivitätsvarianz)</translation>
    </message>
    <message>
        <source>Fig 3 · Sensitivity variance and epistasis</source>
        <translation>Abb. 3 · Sensitivitätsvarianz und Epistasie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistatic loci have sensitivities that vary&lt;/h3&gt;&lt;p&gt;A purely additive locus has the same effect in every genome: its sensitivity ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; is a constant. A locus in an epistatic pair has an effect that depends on its partner&apos;s genotype:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; so &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for x&lt;sub&gt;j&lt;/sub&gt; = ±1 at allele frequency ½. So the variance of a locus&apos;s sensitivity over the population grows with the &lt;i&gt;square&lt;/i&gt; of its epistatic effect: the points should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank loci by sensitivity variance: the loci at the left are the best candidates for epistatic interactions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Epistatische Loci haben variierende Sensitivitäten&lt;/h3&gt;&lt;p&gt;Ein rein additiver Locus hat in jedem Genom denselben Effekt: Seine Sensitivität ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; ist konstant. Ein Locus in einem epistatischen Paar hat einen Effekt, der vom Genotyp seines Partners abhängt:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; also &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;für x&lt;sub&gt;j&lt;/sub&gt; = ±1 bei Allelfrequenz ½. Die Varianz der Sensitivität eines Locus über die Population wächst also mit dem &lt;i&gt;Quadrat&lt;/i&gt; seines epistatischen Effekts: Die Punkte sollten einer Parabel folgen. Die gestrichelte Kurve ist y = x² (perfekte Wiederherstellung); die durchgezogene Kurve ist die quadratische Anpassung c + b·x + a·x², deren x²-Koeffizienten a die Publikation angibt (etwa 0,8).&lt;/p&gt;&lt;p&gt;Ohne simulierte Wahrheit ordnen die Balken die Loci nach Sensitivitätsvarianz: Die Loci links sind die besten Kandidaten für epistatische Interaktionen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>variance of sensitivity Var(∂f/∂xᵢ)</source>
        <translation>Varianz der Sensitivität Var(∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>true epistatic effect βᵢⱼ of the locus&apos;s pair%1</source>
        <translation>wahrer epistatischer Effekt βᵢⱼ des Paares des Locus%1</translation>
    </message>
    <message>
        <source>No epistatic loci in the simulation for this trait: no fit</source>
        <translation>Keine epistatischen Loci in der Simulation für dieses Merkmal: keine Anpassung</translation>
    </message>
    <message>
        <source>y = x² (perfect recovery)</source>
        <translation>y = x² (perfekte Wiederherstellung)</translation>
    </message>
    <message>
        <source>quadratic fit</source>
        <translation>quadratische Anpassung</translation>
    </message>
    <message>
        <source>x² coefficient = %1, r² = %2</source>
        <translation>x²-Koeffizient = %1, r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::SimulationForm</name>
    <message>
        <source>&lt;p&gt;Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pairs&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + noise&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The first sum is additive: each allele shifts P on its own. The second is epistasis: the effect of locus i depends on the allele at its partner j. The share of epistatic variance sets, per trait, how much of the genetic variance comes from the pairs (0 = purely additive).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Probe trägt ein Allel pro Locus, kodiert als x = −1 oder +1. Ihr Phänotyp ist&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;Paare&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + Rauschen&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Die erste Summe ist additiv: Jedes Allel verschiebt P für sich allein. Die zweite ist Epistasie: Der Effekt von Locus i hängt vom Allel an seinem Partner j ab. Der Anteil der epistatischen Varianz legt je Merkmal fest, wie viel der genetischen Varianz von den Paaren stammt (0 = rein additiv).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number of causal loci</source>
        <translation>Anzahl der kausalen Loci</translation>
    </message>
    <message>
        <source>loci / 2</source>
        <translation>Loci / 2</translation>
    </message>
    <message>
        <source>Disjoint interacting pairs per trait</source>
        <translation>Disjunkte interagierende Paare je Merkmal</translation>
    </message>
    <message>
        <source>One number per trait: epistatic variance / additive variance (0 = additive only)</source>
        <translation>Eine Zahl je Merkmal: epistatische Varianz / additive Varianz (0 = nur additiv)</translation>
    </message>
    <message>
        <source>Haploid (x = ±1)</source>
        <translation>Haploid (x = ±1)</translation>
    </message>
    <message>
        <source>Diploid (x = dosage − 1)</source>
        <translation>Diploid (x = Dosis − 1)</translation>
    </message>
    <message>
        <source>Allele-1 frequencies are drawn uniformly between these bounds</source>
        <translation>Die Frequenzen von Allel 1 werden gleichverteilt zwischen diesen Grenzen gezogen</translation>
    </message>
    <message>
        <source>H² = Var(G) / Var(P); 1 adds no environmental noise</source>
        <translation>H² = Var(G) / Var(P); 1 fügt kein Umweltrauschen hinzu</translation>
    </message>
    <message>
        <source>Individuals (85 % train, 15 % test)</source>
        <translation>Individuen (85 % Training, 15 % Test)</translation>
    </message>
    <message>
        <source>AlphaSimR text (g/p/eff)</source>
        <translation>AlphaSimR-Text (g/p/eff)</translation>
    </message>
    <message>
        <source>HDF5 train/test pair</source>
        <translation>HDF5-Paar aus Training/Test</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Loci</source>
        <translation>Loci</translation>
    </message>
    <message>
        <source>Epistatic pairs</source>
        <translation>Epistatische Paare</translation>
    </message>
    <message>
        <source>Epistatic share per trait</source>
        <translation>Epistatischer Anteil je Merkmal</translation>
    </message>
    <message>
        <source>Ploidy</source>
        <translation>Ploidie</translation>
    </message>
    <message>
        <source>Min allele frequency</source>
        <translation>Min. Allelfrequenz</translation>
    </message>
    <message>
        <source>Max allele frequency</source>
        <translation>Max. Allelfrequenz</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Simulate and open</source>
        <translation>Simulieren und öffnen</translation>
    </message>
    <message>
        <source>epistatic share &quot;%1&quot; is not a number</source>
        <translation>epistatischer Anteil „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Folder for the simulated dataset</source>
        <translation>Ordner für den simulierten Datensatz</translation>
    </message>
</context>
<context>
    <name>locuscope::TrainingCurvesFigure</name>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the network learned&lt;/h3&gt;&lt;p&gt;Each epoch the network sees every training sample once. The &lt;b&gt;training loss&lt;/b&gt; is the mean absolute error on the samples it learns from; the &lt;b&gt;monitored loss&lt;/b&gt; is the same error on samples it never trains on, and decides when to stop.&lt;/p&gt;&lt;p&gt;When the monitored loss stops improving for a few epochs the learning rate is halved (grey dashed lines). Training stops early when it has not improved by more than the minimum step for several epochs, and the weights of the &lt;b&gt;best epoch&lt;/b&gt; are restored: that is the model every other figure analyses.&lt;/p&gt;&lt;p&gt;Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network memorises noise instead of learning the genetic architecture.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wie das Netz gelernt hat&lt;/h3&gt;&lt;p&gt;In jeder Epoche sieht das Netz jede Trainingsprobe einmal. Der &lt;b&gt;Trainingsverlust&lt;/b&gt; ist der mittlere absolute Fehler auf den Proben, aus denen es lernt; der &lt;b&gt;überwachte Verlust&lt;/b&gt; ist derselbe Fehler auf Proben, mit denen es nie trainiert, und entscheidet, wann aufgehört wird.&lt;/p&gt;&lt;p&gt;Wenn sich der überwachte Verlust einige Epochen lang nicht verbessert, wird die Lernrate halbiert (graue gestrichelte Linien). Das Training endet vorzeitig, wenn er sich mehrere Epochen lang nicht um mehr als den Mindestschritt verbessert hat, und die Gewichte der &lt;b&gt;besten Epoche&lt;/b&gt; werden wiederhergestellt: Das ist das Modell, das alle anderen Abbildungen analysieren.&lt;/p&gt;&lt;p&gt;Verlust = Mittelwert von |P̂ − P| (L1). Ein überwachter Verlust weit über dem Trainingsverlust bedeutet, dass das Netz Rauschen auswendig lernt, statt die genetische Architektur zu erlernen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This report has no training history.</source>
        <translation>Dieser Bericht enthält keinen Trainingsverlauf.</translation>
    </message>
    <message>
        <source>Training curves appear here while a model trains.</source>
        <translation>Während ein Modell trainiert, erscheinen hier die Trainingskurven.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>L1 loss</source>
        <translation>L1-Verlust</translation>
    </message>
    <message>
        <source>Monitored loss</source>
        <translation>Überwachter Verlust</translation>
    </message>
    <message>
        <source>Monitored loss (%1)</source>
        <translation>Überwachter Verlust (%1)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Learning rate lowered</source>
        <translation>Lernrate gesenkt</translation>
    </message>
    <message>
        <source>best epoch %1 (restored)</source>
        <translation>beste Epoche %1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>Best epoch (restored)</source>
        <translation>Beste Epoche (wiederhergestellt)</translation>
    </message>
    <message>
        <source>early stop after epoch %1</source>
        <translation>Early Stopping nach Epoche %1</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>Early Stopping</translation>
    </message>
    <message>
        <source>LR → %1</source>
        <translation>Lernrate → %1</translation>
    </message>
    <message>
        <source>Epoch %1
training loss %2
monitored loss %3
learning rate %4</source>
        <translation>Epoche %1
Trainingsverlust %2
überwachter Verlust %3
Lernrate %4</translation>
    </message>
</context>
<context>
    <name>locuscope::VariantTableModel</name>
    <message>
        <source>match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>no contig</source>
        <translation>kein Contig</translation>
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
        <translation>REF stimmt nicht mit dem Referenzgenom überein</translation>
    </message>
    <message>
        <source>The reference genome has no such contig</source>
        <translation>Das Referenzgenom hat kein solches Contig</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
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
        <translation>REF-Prüfung</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>Δ methylation</source>
        <translation>Δ Methylierung</translation>
    </message>
    <message>
        <source>CpG</source>
        <translation>CpG</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>REF compared with the reference genome</source>
        <translation>REF im Vergleich zum Referenzgenom</translation>
    </message>
    <message>
        <source>MRV score: the largest |alt − ref| of predicted methylation over the CpGs within reach</source>
        <translation>MRV-Score: das größte |alt − ref| der vorhergesagten Methylierung über die CpGs in Reichweite</translation>
    </message>
    <message>
        <source>Signed change of predicted methylation at that CpG, alternative minus reference</source>
        <translation>Vorzeichenbehaftete Änderung der vorhergesagten Methylierung an diesem CpG, alternativ minus Referenz</translation>
    </message>
    <message>
        <source>Position of the CpG whose predicted methylation the variant changes most</source>
        <translation>Position des CpG, dessen vorhergesagte Methylierung die Variante am stärksten verändert</translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>Demnächst in diesem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Locuscope: deep-learning models of genetic variation</source>
        <translation>Locuscope: Deep-Learning-Modelle genetischer Variation</translation>
    </message>
    <message>
        <source>As first argument: export figures headless (see export-figures --help)</source>
        <translation>Als erstes Argument: Abbildungen ohne Bildschirm exportieren (siehe export-figures --help)</translation>
    </message>
    <message>
        <source>Start on the bundled demo: open the ELM reference data and train on it</source>
        <translation>Mit der mitgelieferten Demo starten: die ELM-Referenzdaten öffnen und darauf trainieren</translation>
    </message>
    <message>
        <source>Show this locuscope-cli elm results folder</source>
        <translation>Diesen Ergebnisordner von locuscope-cli elm anzeigen</translation>
    </message>
    <message>
        <source>Bring this Epistasis figure to the front (part of its id, e.g. fig5)</source>
        <translation>Diese Epistasie-Abbildung in den Vordergrund holen (Teil ihrer ID, z. B. fig5)</translation>
    </message>
    <message>
        <source>Select this trait (index from 1)</source>
        <translation>Dieses Merkmal auswählen (Index ab 1)</translation>
    </message>
    <message>
        <source>Select this pair of loci (indices from 1: i,j)</source>
        <translation>Dieses Locus-Paar auswählen (Indizes ab 1: i,j)</translation>
    </message>
    <message>
        <source>Start the guided tour</source>
        <translation>Die geführte Tour starten</translation>
    </message>
    <message>
        <source>Read and write preferences in this INI file</source>
        <translation>Einstellungen aus dieser INI-Datei lesen und in sie schreiben</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG after the given delay, then quit</source>
        <translation>Nach der angegebenen Verzögerung ein Bildschirmfoto des Fensters in dieser PNG-Datei speichern, dann beenden</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot</source>
        <translation>Millisekunden bis zum Bildschirmfoto</translation>
    </message>
    <message>
        <source>Open this session (Epistasis or Methylation)</source>
        <translation>Diese Sitzung öffnen (Epistasie oder Methylierung)</translation>
    </message>
    <message>
        <source>Start on the Methylation demo: synthetic genome, model, genes, variants, GWAS</source>
        <translation>Mit der Methylierungs-Demo starten: synthetisches Genom, Modell, Gene, Varianten, GWAS</translation>
    </message>
    <message>
        <source>Methylation: go to this gene, chr:start-end, chr:pos or variant ID</source>
        <translation>Methylierung: zu diesem Gen, chr:start-end, chr:pos oder dieser Varianten-ID gehen</translation>
    </message>
    <message>
        <source>Methylation: score the variants of the locus, then select the top one</source>
        <translation>Methylierung: die Varianten des Locus bewerten, dann die am höchsten bewertete auswählen</translation>
    </message>
</context>
</TS>
