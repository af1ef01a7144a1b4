<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>GemmBenchmarkJob</name>
    <message>
        <source>Measure compute speed (%1 × %1 matrices)</source>
        <translation>Mesurer la vitesse de calcul (matrices %1 × %1)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>%1 GFLOP/s on %2 with %3 threads</source>
        <translation>%1 GFLOP/s sur %2 avec %3 threads</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Language of menus and messages</source>
        <translation>Langue des menus et des messages</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Périphérique de calcul</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Automatic uses a CUDA GPU when one is present</source>
        <translation>«&#xa0;Automatique&#xa0;» utilise un GPU CUDA s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>Threads for model computations on the CPU</source>
        <translation>Threads utilisés pour les calculs du modèle sur le CPU</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Tous les cœurs</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Default width of exported figures</source>
        <translation>Largeur par défaut des figures exportées</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Default height of exported figures</source>
        <translation>Hauteur par défaut des figures exportées</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Dots per inch recorded in exported PNG files</source>
        <translation>Points par pouce enregistrés dans les fichiers PNG exportés</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Default file format for figure export</source>
        <translation>Format de fichier par défaut pour l&apos;export des figures</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG (matriciel)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectoriel)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectoriel)</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Base font size of figure text</source>
        <translation>Taille de police de base du texte des figures</translation>
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
        <translation>À propos de Locuscope</translation>
    </message>
    <message>
        <source>no CUDA GPU found</source>
        <translation>aucun GPU CUDA détecté</translation>
    </message>
    <message>
        <source>not optimised: matrix products will be slow</source>
        <translation>non optimisé&#xa0;: les produits matriciels seront lents</translation>
    </message>
    <message>
        <source>Deep-learning models of genetic variation: methylation, expression and epistasis, in one workbench.</source>
        <translation>Modèles d&apos;apprentissage profond de la variation génétique&#xa0;: méthylation, expression et épistasie, réunies dans un seul atelier.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 cœurs sur %2</translation>
    </message>
</context>
<context>
    <name>locuscope::JobWorker</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Annulé avant le démarrage</translation>
    </message>
    <message>
        <source>Cancelled; no output was written</source>
        <translation>Annulé&#xa0;; aucune sortie n&apos;a été écrite</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
</context>
<context>
    <name>locuscope::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job; it writes no output</source>
        <translation>Arrêter cette tâche&#xa0;; elle n&apos;écrira aucune sortie</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>locuscope::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur&#xa0;: </translation>
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
        <translation>Méthylation</translation>
    </message>
    <message>
        <source>INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT</source>
        <translation>INTERACT (Zhou et al., PNAS 2022) et Cell-type-INTERACT</translation>
    </message>
    <message>
        <source>Score single-nucleotide variants for their effect on CpG methylation. A variant&apos;s MRV score is the largest change in predicted methylation, |alt − ref|, over the CpGs within 1 kb of it.</source>
        <translation>Évaluez l&apos;effet des variants mononucléotidiques sur la méthylation des CpG. Le score MRV d&apos;un variant est la plus grande variation de la méthylation prédite, |alt − ref|, parmi les CpG situés à moins de 1 kb de celui-ci.</translation>
    </message>
    <message>
        <source>Open a reference genome, VCF/BCF files, gene annotation and a methylation model</source>
        <translation>Ouvrir un génome de référence, des fichiers VCF/BCF, une annotation génique et un modèle de méthylation</translation>
    </message>
    <message>
        <source>Locus browser: predicted methylation for ref and alt, observed methylation, GWAS overlay</source>
        <translation>Navigateur de locus&#xa0;: méthylation prédite pour ref et alt, méthylation observée, superposition GWAS</translation>
    </message>
    <message>
        <source>Attributions for a CpG window: saliency, integrated gradients, in-silico mutagenesis, sequence logo</source>
        <translation>Attributions pour une fenêtre CpG&#xa0;: saillance, gradients intégrés, mutagenèse in silico, logo de séquence</translation>
    </message>
    <message>
        <source>Variant table with scores, filters and export to TSV and annotated VCF</source>
        <translation>Table des variants avec scores, filtres et export en TSV et en VCF annoté</translation>
    </message>
    <message>
        <source>Train or fine-tune on your own methylation data</source>
        <translation>Entraîner ou affiner le modèle sur vos propres données de méthylation</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Seal: DeepSEA-Beluga chromatin features → TSS-distance bases → transfer MLP</source>
        <translation>Seal&#xa0;: caractéristiques chromatiniennes DeepSEA-Beluga → fonctions de base de distance au TSS → MLP de transfert</translation>
    </message>
    <message>
        <source>Predict how variants change gene expression across 802 brain contexts, and see why.</source>
        <translation>Prédisez comment les variants modifient l&apos;expression des gènes dans 802 contextes cérébraux, et comprenez pourquoi.</translation>
    </message>
    <message>
        <source>Variant effects on expression for every context, from a VCF</source>
        <translation>Effets des variants sur l&apos;expression dans chaque contexte, à partir d&apos;un VCF</translation>
    </message>
    <message>
        <source>Six attribution methods: saliency, integrated gradients, DeepLIFT, GradientSHAP, KernelSHAP, LIME</source>
        <translation>Six méthodes d&apos;attribution&#xa0;: saillance, gradients intégrés, DeepLIFT, GradientSHAP, KernelSHAP, LIME</translation>
    </message>
    <message>
        <source>Train or fine-tune on expression matrices</source>
        <translation>Entraîner ou affiner le modèle sur des matrices d&apos;expression</translation>
    </message>
    <message>
        <source>Epistasis</source>
        <translation>Épistasie</translation>
    </message>
    <message>
        <source>ELM, equivalent linear mapping (Arcadia Science, 2025)</source>
        <translation>ELM, application linéaire équivalente (Arcadia Science, 2025)</translation>
    </message>
    <message>
        <source>Train a neural network from genotype to phenotype and read off what it learned: additive effects, epistatic loci and pairwise epistasis, from per-sample Jacobians.</source>
        <translation>Entraînez un réseau de neurones du génotype au phénotype et lisez ce qu&apos;il a appris&#xa0;: effets additifs, loci épistatiques et épistasie par paires, à partir des jacobiennes de chaque échantillon.</translation>
    </message>
    <message>
        <source>Open a genotype dataset (HDF5, AlphaSimR text, PLINK) or simulate a population to teach with</source>
        <translation>Ouvrir un jeu de données de génotypes (HDF5, texte AlphaSimR, PLINK) ou simuler une population à des fins pédagogiques</translation>
    </message>
    <message>
        <source>Train with live loss curves; keep and save the model</source>
        <translation>Entraînement avec courbes de perte en direct&#xa0;; conserver et enregistrer le modèle</translation>
    </message>
    <message>
        <source>Figures: J·x against output, additive effects, sensitivity variance, four-genotype clusters, all-pairs epistasis heatmap, replicates, PCA</source>
        <translation>Figures&#xa0;: J·x en fonction de la sortie, effets additifs, variance de sensibilité, clusters à quatre génotypes, carte de chaleur de l&apos;épistasie pour toutes les paires, réplicats, ACP</translation>
    </message>
    <message>
        <source>Export every figure as PNG, SVG or PDF</source>
        <translation>Exporter chaque figure en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Measure compute &amp;speed</source>
        <translation>Mesurer la &amp;vitesse de calcul</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Locuscope</source>
        <translation>&amp;À propos de Locuscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 · %2 threads · BLAS: %3</source>
        <translation>%1 · %2 threads · BLAS&#xa0;: %3</translation>
    </message>
    <message>
        <source>Compute device, LibTorch threads and the BLAS library in use</source>
        <translation>Périphérique de calcul, threads LibTorch et bibliothèque BLAS utilisée</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit? Cancelled jobs write no output.</source>
        <translation>
            <numerusform>%n tâche est encore en cours. L&apos;annuler et quitter&#xa0;? Les tâches annulées n&apos;écrivent aucune sortie.</numerusform>
            <numerusform>%n tâches sont encore en cours. Les annuler et quitter&#xa0;? Les tâches annulées n&apos;écrivent aucune sortie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locuscope %1 ready: %2, %3 of %4 cores, LibTorch %5, BLAS %6</source>
        <translation>Locuscope %1 prêt : %2, %3 cœurs sur %4, LibTorch %5, BLAS %6</translation>
    </message>
    <message>
        <source>The BLAS library in use is not optimised; model computations will be slow. Install libopenblas0-pthread.</source>
        <translation>La bibliothèque BLAS utilisée n’est pas optimisée ; les calculs des modèles seront lents. Installez libopenblas0-pthread.</translation>
    </message>
</context>
<context>
    <name>locuscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>(after restart)</source>
        <translation>(après redémarrage)</translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>Bientôt dans cet espace de travail</translation>
    </message>
</context>
</TS>
