<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT</source>
        <translation>INTERACT (Zhou et al., PNAS 2022) und Cell-type-INTERACT</translation>
    </message>
    <message>
        <source>Score single-nucleotide variants for their effect on CpG methylation. A variant&apos;s MRV score is the largest change in predicted methylation, |alt − ref|, over the CpGs within 1 kb of it.</source>
        <translation>Bewerten Sie Einzelnukleotidvarianten nach ihrer Wirkung auf die CpG-Methylierung. Der MRV-Score einer Variante ist die größte Änderung der vorhergesagten Methylierung, |alt − ref|, über alle CpGs im Umkreis von 1 kb.</translation>
    </message>
    <message>
        <source>Open a reference genome, VCF/BCF files, gene annotation and a methylation model</source>
        <translation>Referenzgenom, VCF/BCF-Dateien, Genannotation und ein Methylierungsmodell öffnen</translation>
    </message>
    <message>
        <source>Locus browser: predicted methylation for ref and alt, observed methylation, GWAS overlay</source>
        <translation>Locus-Browser: vorhergesagte Methylierung für ref und alt, beobachtete Methylierung, GWAS-Überlagerung</translation>
    </message>
    <message>
        <source>Attributions for a CpG window: saliency, integrated gradients, in-silico mutagenesis, sequence logo</source>
        <translation>Attributionen für ein CpG-Fenster: Saliency, Integrated Gradients, In-silico-Mutagenese, Sequenzlogo</translation>
    </message>
    <message>
        <source>Variant table with scores, filters and export to TSV and annotated VCF</source>
        <translation>Variantentabelle mit Scores, Filtern und Export als TSV und annotierte VCF</translation>
    </message>
    <message>
        <source>Train or fine-tune on your own methylation data</source>
        <translation>Training oder Feinabstimmung mit eigenen Methylierungsdaten</translation>
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
        <source>ELM, equivalent linear mapping (Arcadia Science, 2025)</source>
        <translation>ELM, äquivalente lineare Abbildung (Arcadia Science, 2025)</translation>
    </message>
    <message>
        <source>Train a neural network from genotype to phenotype and read off what it learned: additive effects, epistatic loci and pairwise epistasis, from per-sample Jacobians.</source>
        <translation>Trainieren Sie ein neuronales Netz vom Genotyp zum Phänotyp und lesen Sie ab, was es gelernt hat: additive Effekte, epistatische Loci und paarweise Epistasie, anhand der Jacobi-Matrizen jeder Probe.</translation>
    </message>
    <message>
        <source>Open a genotype dataset (HDF5, AlphaSimR text, PLINK) or simulate a population to teach with</source>
        <translation>Genotyp-Datensatz öffnen (HDF5, AlphaSimR-Text, PLINK) oder eine Population für die Lehre simulieren</translation>
    </message>
    <message>
        <source>Train with live loss curves; keep and save the model</source>
        <translation>Training mit Live-Verlustkurven; Modell behalten und speichern</translation>
    </message>
    <message>
        <source>Figures: J·x against output, additive effects, sensitivity variance, four-genotype clusters, all-pairs epistasis heatmap, replicates, PCA</source>
        <translation>Abbildungen: J·x gegen Ausgabe, additive Effekte, Sensitivitätsvarianz, Vier-Genotyp-Cluster, Epistasie-Heatmap aller Paare, Replikate, PCA</translation>
    </message>
    <message>
        <source>Export every figure as PNG, SVG or PDF</source>
        <translation>Jede Abbildung als PNG, SVG oder PDF exportieren</translation>
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
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>Demnächst in diesem Arbeitsbereich</translation>
    </message>
</context>
</TS>
