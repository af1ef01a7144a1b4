<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EpistasisWorkspace</name>
    <message>
        <source>known (epistatic pairs per trait: %1)</source>
        <translation>connus (paires épistatiques par caractère&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown (real data: figures rank estimates)</source>
        <translation>inconnus (données réelles&#xa0;: les figures classent les estimations)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)&lt;br&gt;Split: %8&lt;br&gt;Encoding: %9&lt;br&gt;True effects: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 échantillons (%3 entraînement, %4 test) · %5 locus · %6 caractères (%7)&lt;br&gt;Partition&#xa0;: %8&lt;br&gt;Codage&#xa0;: %9&lt;br&gt;Effets réels&#xa0;: %10</translation>
    </message>
</context>
<context>
    <name>ExportFiguresCommand</name>
    <message>
        <source>Results folder written by locuscope-cli elm</source>
        <translation>Dossier de résultats écrit par locuscope-cli elm</translation>
    </message>
    <message>
        <source>Folder for the figures (created if missing)</source>
        <translation>Dossier des figures (créé s&apos;il n&apos;existe pas)</translation>
    </message>
    <message>
        <source>Comma-separated formats: png, svg, pdf</source>
        <translation>Formats séparés par des virgules&#xa0;: png, svg, pdf</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points at the DPI</source>
        <translation>Largeur en pixels (PNG) ou en points à la résolution DPI donnée</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>Resolution recorded in PNG files</source>
        <translation>Résolution enregistrée dans les fichiers PNG</translation>
    </message>
    <message>
        <source>Trait to draw: index from 1 or name</source>
        <translation>Caractère à représenter&#xa0;: indice à partir de 1 ou nom</translation>
    </message>
    <message>
        <source>Pair for the cluster plot: two locus indices from 1, e.g. 3,17</source>
        <translation>Paire pour le graphique des groupes&#xa0;: deux indices de locus à partir de 1, p. ex. 3,17</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give exactly one of --session FILE or --results DIR</source>
        <translation>indiquez exactement une option parmi --session FILE et --results DIR</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR est obligatoire</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (png, svg, pdf)</translation>
    </message>
    <message>
        <source>width and height must be 16–20000 pixels and DPI 10–2400</source>
        <translation>la largeur et la hauteur doivent être de 16 à 20000 pixels et la résolution DPI de 10 à 2400</translation>
    </message>
    <message>
        <source>%1 holds no results to draw (train and save the session first)</source>
        <translation>%1 ne contient aucun résultat à représenter (entraînez puis enregistrez d&apos;abord la session)</translation>
    </message>
    <message>
        <source>no trait &quot;%1&quot; (the results have %2)</source>
        <translation>aucun caractère «&#xa0;%1&#xa0;» (les résultats contiennent %2)</translation>
    </message>
    <message>
        <source>--pair needs two different locus indices between 1 and %1</source>
        <translation>--pair exige deux indices de locus différents compris entre 1 et %1</translation>
    </message>
    <message>
        <source>Export the figures of a saved session (Epistasis or Methylation) or of a locuscope-cli elm results folder, without a display.</source>
        <translation>Exporte les figures d&apos;une session enregistrée (épistasie ou méthylation) ou d&apos;un dossier de résultats de locuscope-cli elm, sans affichage.</translation>
    </message>
    <message>
        <source>Saved Epistasis or Methylation session (.json)</source>
        <translation>Session d&apos;épistasie ou de méthylation enregistrée (.json)</translation>
    </message>
    <message>
        <source>Methylation sessions: the locus to draw (gene, chr:start-end, chr:pos or variant ID) instead of the saved one</source>
        <translation>Sessions de méthylation&#xa0;: locus à représenter (gène, chr:start-end, chr:pos ou ID de variant) au lieu de celui enregistré</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>La taille de la figure doit être de 16 à 20000 px et la résolution de 10 à 4800 ppp</translation>
    </message>
    <message>
        <source>No file name given for the figure</source>
        <translation>Aucun nom de fichier indiqué pour la figure</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not render the figure to %1</source>
        <translation>Impossible de générer le rendu de la figure dans %1</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le répertoire %1</translation>
    </message>
</context>
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
    <name>MethylationFigureExport</name>
    <message>
        <source>the session&apos;s jobs did not finish within 10 minutes</source>
        <translation>les tâches de la session ne se sont pas terminées en 10 minutes</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
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
    <message>
        <source>in use for ELM training</source>
        <translation>utilisé pour l&apos;entraînement ELM</translation>
    </message>
    <message>
        <source>not found (ELM training uses LibTorch&apos;s products)</source>
        <translation>introuvable (l&apos;entraînement ELM utilise les produits de LibTorch)</translation>
    </message>
</context>
<context>
    <name>locuscope::AdditiveEffectsFigure</name>
    <message>
        <source>Fig 2 · Additive effects (ranked)</source>
        <translation>Fig. 2 · Effets additifs (classés)</translation>
    </message>
    <message>
        <source>Fig 2 · Additive effects</source>
        <translation>Fig. 2 · Effets additifs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Additive effects are the average sensitivity&lt;/h3&gt;&lt;p&gt;How much does the predicted phenotype change when one locus flips? For a model with additive effects β&lt;sub&gt;i&lt;/sub&gt; and pairwise epistasis β&lt;sub&gt;ij&lt;/sub&gt; the answer is&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The epistatic part changes sign with the partner&apos;s genotype x&lt;sub&gt;j&lt;/sub&gt; = ±1, so over a population it averages away, and the &lt;b&gt;mean sensitivity&lt;/b&gt; estimates the additive effect β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true effects exactly; the solid line is the least-squares fit (its slope) and r² is 1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. With heritability H² &amp;lt; 1 a perfect model recovers √H² of each effect, hence the truth is scaled by √H².&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank the loci by the size of their estimated additive effect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Les effets additifs sont la sensibilité moyenne&lt;/h3&gt;&lt;p&gt;De combien le phénotype prédit change-t-il quand un locus bascule&#xa0;? Pour un modèle avec des effets additifs β&lt;sub&gt;i&lt;/sub&gt; et une épistasie par paires β&lt;sub&gt;ij&lt;/sub&gt;, la réponse est&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La part épistatique change de signe avec le génotype x&lt;sub&gt;j&lt;/sub&gt; = ±1 du partenaire&#xa0;; sur une population elle se compense donc en moyenne, et la &lt;b&gt;sensibilité moyenne&lt;/b&gt; estime l&apos;effet additif β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Chaque point est un locus. Des points sur la droite 1:1 en pointillés signifient que le réseau a retrouvé exactement les effets réels&#xa0;; la droite pleine est l&apos;ajustement par moindres carrés (sa pente) et r² vaut 1 − Σ(réel − estimation)² / Σ(réel − moyenne)², il baisse donc aussi quand la pente s&apos;écarte de 1. Avec une héritabilité H² &amp;lt; 1, un modèle parfait retrouve √H² de chaque effet&#xa0;; les valeurs réelles sont donc multipliées par √H².&lt;/p&gt;&lt;p&gt;Sans vérité simulée, les barres classent les locus selon l&apos;ampleur de leur effet additif estimé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>mean sensitivity ∂f/∂xᵢ</source>
        <translation>sensibilité moyenne ∂f/∂xᵢ</translation>
    </message>
    <message>
        <source>true additive effect βᵢ%1</source>
        <translation>effet additif réel βᵢ%1</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1 (restitution parfaite)</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>ajustement par moindres carrés</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2</source>
        <translation>Pente = %1, r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::DatasetPanel</name>
    <message>
        <source>Folder or file: *_train.hdf5, *_g.txt, *.bed</source>
        <translation>Dossier ou fichier&#xa0;: *_train.hdf5, *_g.txt, *.bed</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Choose one file of the dataset; its siblings are found</source>
        <translation>Choisissez un fichier du jeu de données&#xa0;; les fichiers associés sont trouvés automatiquement</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Choose a folder holding one dataset</source>
        <translation>Choisissez un dossier contenant un jeu de données</translation>
    </message>
    <message>
        <source>As stored (HDF5 keeps its split; others head/tail)</source>
        <translation>Tel qu&apos;enregistré (HDF5 garde sa partition&#xa0;; les autres début/fin)</translation>
    </message>
    <message>
        <source>Head/tail, as the pub</source>
        <translation>Début/fin, comme dans la publication</translation>
    </message>
    <message>
        <source>Random, seeded</source>
        <translation>Aléatoire, avec graine</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Graine de partition</translation>
    </message>
    <message>
        <source>&lt;i&gt;No dataset open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun jeu de données ouvert.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a genotype dataset</source>
        <translation>Ouvrir un jeu de données de génotypes</translation>
    </message>
    <message>
        <source>Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)</source>
        <translation>Jeux de données de génotypes (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>Ouvrir un dossier de jeu de données</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmFigure</name>
    <message>
        <source>Trait:</source>
        <translation>Caractère&#xa0;:</translation>
    </message>
    <message>
        <source>The trait every figure shows</source>
        <translation>Le caractère affiché par toutes les figures</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Show all data again after zooming or dragging</source>
        <translation>Afficher de nouveau toutes les données après un zoom ou un déplacement</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF</source>
        <translation>Enregistrer cette figure en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Show or hide what this figure means</source>
        <translation>Afficher ou masquer la signification de cette figure</translation>
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
        <translation>Exporter la figure</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmTrainingForm</name>
    <message>
        <source>Width of both hidden layers (the pub: 1024)</source>
        <translation>Largeur des deux couches cachées (publication&#xa0;: 1024)</translation>
    </message>
    <message>
        <source>AdamW learning rate</source>
        <translation>Taux d&apos;apprentissage d&apos;AdamW</translation>
    </message>
    <message>
        <source>AdamW decoupled weight decay</source>
        <translation>Décroissance des poids découplée d&apos;AdamW</translation>
    </message>
    <message>
        <source>Samples per optimiser step</source>
        <translation>Échantillons par pas de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>Upper limit on training epochs</source>
        <translation>Nombre maximal d&apos;époques d&apos;entraînement</translation>
    </message>
    <message>
        <source>Early stopping: epochs without improvement before stopping</source>
        <translation>Arrêt précoce&#xa0;: époques sans amélioration avant l&apos;arrêt</translation>
    </message>
    <message>
        <source>Early stopping: smallest loss decrease that counts</source>
        <translation>Arrêt précoce&#xa0;: plus petite baisse de la perte prise en compte</translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is halved</source>
        <translation>Époques sans amélioration avant que le taux d&apos;apprentissage soit divisé par deux</translation>
    </message>
    <message>
        <source>Factor applied to the learning rate on a plateau</source>
        <translation>Facteur appliqué au taux d&apos;apprentissage sur un plateau</translation>
    </message>
    <message>
        <source>Seed of the initial weights and batch order (replicate r adds r)</source>
        <translation>Graine des poids initiaux et de l&apos;ordre des lots (le réplicat r ajoute r)</translation>
    </message>
    <message>
        <source>Test set (as the pub)</source>
        <translation>Jeu de test (comme dans la publication)</translation>
    </message>
    <message>
        <source>Validation split of the training data</source>
        <translation>Partition de validation des données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Which samples decide learning-rate drops, early stopping and the restored epoch</source>
        <translation>Échantillons qui décident des baisses du taux d&apos;apprentissage, de l&apos;arrêt précoce et de l&apos;époque restaurée</translation>
    </message>
    <message>
        <source>Share of the training samples held out for validation</source>
        <translation>Part des échantillons d&apos;entraînement réservée à la validation</translation>
    </message>
    <message>
        <source>H²: phenotypes become √H²·P + N(0, 1 − H²) noise</source>
        <translation>H²&#xa0;: les phénotypes deviennent √H²·P + bruit N(0, 1 − H²)</translation>
    </message>
    <message>
        <source>Models trained with their own seeds and noise draws</source>
        <translation>Modèles entraînés avec leurs propres graines et tirages de bruit</translation>
    </message>
    <message>
        <source>Seed of the heritability noise (replicate r adds r)</source>
        <translation>Graine du bruit d&apos;héritabilité (le réplicat r ajoute r)</translation>
    </message>
    <message>
        <source>Network and optimiser</source>
        <translation>Réseau et optimiseur</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unités cachées</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Schedule and stopping</source>
        <translation>Planification et arrêt</translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation>Époques max.</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <source>Min delta</source>
        <translation>Delta min.</translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation>Patience du taux</translation>
    </message>
    <message>
        <source>LR factor</source>
        <translation>Facteur du taux</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>Heritability and replicates</source>
        <translation>Héritabilité et réplicats</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Réplicats</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Graine du bruit</translation>
    </message>
    <message>
        <source>Pub defaults</source>
        <translation>Valeurs de la publication</translation>
    </message>
    <message>
        <source>Reset every field to the published recipe</source>
        <translation>Rétablir tous les champs selon la recette publiée</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisHeatmapFigure</name>
    <message>
        <source>Pairwise epistasis map</source>
        <translation>Carte de l&apos;épistasie par paires</translation>
    </message>
    <message>
        <source>&lt;h3&gt;All pairs at a glance&lt;/h3&gt;&lt;p&gt;Row i, column j holds the estimated interaction β̂&lt;sub&gt;ij&lt;/sub&gt; between loci i and j, read off the network&apos;s sensitivities:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Red cells are positive interactions (the two alleles together raise the phenotype more than their separate effects), blue cells negative ones; white is no interaction. The map is symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly interact in a simulation.&lt;/p&gt;&lt;p&gt;Click a cell to see that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Toutes les paires d&apos;un coup d&apos;œil&lt;/h3&gt;&lt;p&gt;La ligne i, colonne j contient l&apos;interaction estimée β̂&lt;sub&gt;ij&lt;/sub&gt; entre les locus i et j, lue sur les sensibilités du réseau&#xa0;:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les cellules rouges sont des interactions positives (les deux allèles ensemble augmentent le phénotype plus que leurs effets séparés), les cellules bleues des interactions négatives&#xa0;; le blanc signifie aucune interaction. La carte est symétrique et la diagonale (un locus avec lui-même) est grise. Les cercles marquent les paires qui interagissent réellement dans une simulation.&lt;/p&gt;&lt;p&gt;Cliquez sur une cellule pour voir les groupes de génotypes de cette paire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Lancez une analyse ELM pour voir ses figures.</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>Le rapport ne contient aucune estimation par paires pour ce caractère.</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>βᵢⱼ estimé</translation>
    </message>
    <message>
        <source>interacting in the simulation</source>
        <translation>en interaction dans la simulation</translation>
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
        <translation>βᵢⱼ réel%1 = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisWorkspace</name>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
    <message>
        <source>Restore a saved Epistasis session</source>
        <translation>Restaurer une session d&apos;épistasie enregistrée</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Enregistrer la session…</translation>
    </message>
    <message>
        <source>Save dataset, model, results, settings and selection</source>
        <translation>Enregistrer le jeu de données, le modèle, les résultats, les réglages et la sélection</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Ouvrir des résultats…</translation>
    </message>
    <message>
        <source>Show the results folder of a `locuscope-cli elm` run</source>
        <translation>Afficher le dossier de résultats d&apos;une exécution de `locuscope-cli elm`</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Save the trained network as .safetensors</source>
        <translation>Enregistrer le réseau entraîné au format .safetensors</translation>
    </message>
    <message>
        <source>Analyse saved model…</source>
        <translation>Analyser un modèle enregistré…</translation>
    </message>
    <message>
        <source>Run the ELM analysis of a saved model on the open dataset</source>
        <translation>Lancer l&apos;analyse ELM d&apos;un modèle enregistré sur le jeu de données ouvert</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exporter la figure…</translation>
    </message>
    <message>
        <source>Export the figure in front as PNG, SVG or PDF</source>
        <translation>Exporter la figure affichée en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation>Exporter toutes les figures…</translation>
    </message>
    <message>
        <source>Export every figure into a folder</source>
        <translation>Exporter chaque figure dans un dossier</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>A walk from simulation to the four-genotype cluster plot</source>
        <translation>Un parcours de la simulation jusqu&apos;au graphique des quatre groupes de génotypes</translation>
    </message>
    <message>
        <source>Train and analyse</source>
        <translation>Entraîner et analyser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>What ELM shows</source>
        <translation>Ce que montre ELM</translation>
    </message>
    <message>
        <source>A neural network learns to predict phenotypes from genotypes. Because this network has no biases and Leaky-ReLU units, its output is exactly &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: a linear map, different for each individual. The Jacobian J(x) holds the network&apos;s &lt;b&gt;sensitivities&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, and they carry the genetics: their mean is the additive effect, their spread comes from epistasis.</source>
        <translation>Un réseau de neurones apprend à prédire les phénotypes à partir des génotypes. Comme ce réseau n&apos;a pas de biais et utilise des unités Leaky-ReLU, sa sortie est exactement &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;&#xa0;: une application linéaire, différente pour chaque individu. La jacobienne J(x) contient les &lt;b&gt;sensibilités&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; du réseau, et elles portent la génétique&#xa0;: leur moyenne est l&apos;effet additif, leur dispersion vient de l&apos;épistasie.</translation>
    </message>
    <message>
        <source>1. Simulate a population</source>
        <translation>1. Simuler une population</translation>
    </message>
    <message>
        <source>Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. Press &lt;b&gt;Simulate and open&lt;/b&gt;: the true effects are written too, so every estimate can be checked.</source>
        <translation>Choisissez les locus, les paires en interaction et, pour chaque caractère, la part épistatique de la variance génétique. Cliquez sur &lt;b&gt;Simuler et ouvrir&lt;/b&gt;&#xa0;: les effets réels sont aussi écrits, si bien que chaque estimation peut être vérifiée.</translation>
    </message>
    <message>
        <source>2. The dataset</source>
        <translation>2. Le jeu de données</translation>
    </message>
    <message>
        <source>The summary lists samples, loci, traits and the train/test split, and whether true effects are known. You can open your own data here instead (HDF5, AlphaSimR text or PLINK).</source>
        <translation>Le résumé indique les échantillons, les locus, les caractères et la partition entraînement/test, et si les effets réels sont connus. Vous pouvez aussi ouvrir ici vos propres données (HDF5, texte AlphaSimR ou PLINK).</translation>
    </message>
    <message>
        <source>3. Train the network</source>
        <translation>3. Entraîner le réseau</translation>
    </message>
    <message>
        <source>The form holds the pub&apos;s recipe. For a quick look set &lt;b&gt;Max epochs&lt;/b&gt; to 10, then press &lt;b&gt;Train and analyse&lt;/b&gt;. Training runs in the background; you can keep exploring or cancel.</source>
        <translation>Le formulaire contient la recette de la publication. Pour un aperçu rapide, réglez &lt;b&gt;Époques max.&lt;/b&gt; sur 10, puis cliquez sur &lt;b&gt;Entraîner et analyser&lt;/b&gt;. L&apos;entraînement s&apos;exécute en arrière-plan&#xa0;; vous pouvez continuer à explorer ou l&apos;annuler.</translation>
    </message>
    <message>
        <source>4. Loss curves</source>
        <translation>4. Courbes de perte</translation>
    </message>
    <message>
        <source>Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch is the best one, restored when early stopping ends training.</source>
        <translation>Perte d&apos;entraînement et perte surveillée par époque. Les lignes en pointillés marquent les baisses du taux d&apos;apprentissage&#xa0;; l&apos;époque marquée est la meilleure, restaurée quand l&apos;arrêt précoce met fin à l&apos;entraînement.</translation>
    </message>
    <message>
        <source>5. J·x equals the output</source>
        <translation>5. J·x est égal à la sortie</translation>
    </message>
    <message>
        <source>Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map reproduces the network exactly, so reading effects off J(x) loses nothing.</source>
        <translation>Chaque point est un individu de test. Tous se trouvent sur la droite 1:1&#xa0;: l&apos;application linéaire propre à chaque individu reproduit exactement le réseau, donc lire les effets sur J(x) ne fait rien perdre.</translation>
    </message>
    <message>
        <source>6. Additive effects</source>
        <translation>6. Effets additifs</translation>
    </message>
    <message>
        <source>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Averaged over individuals the epistatic part cancels (x&lt;sub&gt;j&lt;/sub&gt; averages to about 0), leaving β&lt;sub&gt;i&lt;/sub&gt;: the mean sensitivity should fall on the 1:1 line against the true additive effect.</source>
        <translation>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. En moyenne sur les individus, la part épistatique s&apos;annule (la moyenne de x&lt;sub&gt;j&lt;/sub&gt; est proche de 0) et il reste β&lt;sub&gt;i&lt;/sub&gt;&#xa0;: la sensibilité moyenne devrait tomber sur la droite 1:1 face à l&apos;effet additif réel.</translation>
    </message>
    <message>
        <source>7. Epistatic loci</source>
        <translation>7. Locus épistatiques</translation>
    </message>
    <message>
        <source>The variance of ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; over individuals is β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): zero for a purely additive locus, growing with the square of its interaction. Loci high on this plot are the candidates for epistasis.</source>
        <translation>La variance de ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; entre individus vaut β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;)&#xa0;: nulle pour un locus purement additif, elle croît avec le carré de son interaction. Les locus placés haut sur ce graphique sont les candidats à l&apos;épistasie.</translation>
    </message>
    <message>
        <source>8. All pairs at once</source>
        <translation>8. Toutes les paires à la fois</translation>
    </message>
    <message>
        <source>Each cell is the estimated β&lt;sub&gt;ij&lt;/sub&gt; for a pair of loci. &lt;b&gt;Click a bright cell&lt;/b&gt; to see that pair&apos;s four genotype clusters.</source>
        <translation>Chaque cellule est le β&lt;sub&gt;ij&lt;/sub&gt; estimé pour une paire de locus. &lt;b&gt;Cliquez sur une cellule vive&lt;/b&gt; pour voir les quatre groupes de génotypes de cette paire.</translation>
    </message>
    <message>
        <source>9. Four genotype clusters</source>
        <translation>9. Quatre groupes de génotypes</translation>
    </message>
    <message>
        <source>Each individual is a point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloured by its genotype at the two loci. With epistasis the sensitivity to i shifts by 2β&lt;sub&gt;ij&lt;/sub&gt; when j flips: four separate clusters. Without it, the clusters collapse into one.</source>
        <translation>Chaque individu est un point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloré selon son génotype aux deux locus. Avec de l&apos;épistasie, la sensibilité à i se décale de 2β&lt;sub&gt;ij&lt;/sub&gt; quand j bascule&#xa0;: quatre groupes distincts. Sans épistasie, les groupes se confondent en un seul.</translation>
    </message>
    <message>
        <source>10. Keep and share</source>
        <translation>10. Conserver et partager</translation>
    </message>
    <message>
        <source>Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come back to this exact view. &lt;code&gt;locuscope export-figures&lt;/code&gt; makes the same figures without a display.</source>
        <translation>Exportez n&apos;importe quelle figure en PNG (taille et DPI), SVG ou PDF, ou toutes à la fois&#xa0;; enregistrez la session pour revenir exactement à cette vue. &lt;code&gt;locuscope export-figures&lt;/code&gt; produit les mêmes figures sans affichage.</translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, or cancel it.</source>
        <translation>Attendez la fin de «&#xa0;%1&#xa0;» ou annulez-le.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Choose a dataset first: a folder or one of its files.</source>
        <translation>Choisissez d&apos;abord un jeu de données&#xa0;: un dossier ou l&apos;un de ses fichiers.</translation>
    </message>
    <message>
        <source>Open dataset %1</source>
        <translation>Ouvrir le jeu de données %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Lecture…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose a folder for the simulated dataset.</source>
        <translation>Choisissez un dossier pour le jeu de données simulé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Simulate %1 individuals × %2 loci</source>
        <translation>Simuler %1 individus × %2 locus</translation>
    </message>
    <message>
        <source>Open or simulate a dataset first.</source>
        <translation>Ouvrez ou simulez d&apos;abord un jeu de données.</translation>
    </message>
    <message>
        <source>Train and analyse ELM, %1 replicates</source>
        <translation>Entraîner et analyser ELM, %1 réplicats</translation>
    </message>
    <message>
        <source>Train and analyse ELM</source>
        <translation>Entraîner et analyser ELM</translation>
    </message>
    <message>
        <source>Open the dataset the model should be analysed on first.</source>
        <translation>Ouvrez d&apos;abord le jeu de données sur lequel analyser le modèle.</translation>
    </message>
    <message>
        <source>Analyse model %1</source>
        <translation>Analyser le modèle %1</translation>
    </message>
    <message>
        <source>Open results %1</source>
        <translation>Ouvrir les résultats %1</translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation>Il n&apos;y a pas encore de modèle entraîné à enregistrer.</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modèle enregistré dans %1</translation>
    </message>
    <message>
        <source>Save session %1</source>
        <translation>Enregistrer la session %1</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Session enregistrée dans %1</translation>
    </message>
    <message>
        <source>Open session %1</source>
        <translation>Ouvrir la session %1</translation>
    </message>
    <message>
        <source>Unknown figure format “%1” (png, svg, pdf)</source>
        <translation>Format de figure inconnu «&#xa0;%1&#xa0;» (png, svg, pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation>Dossier des figures</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Analyse a saved model</source>
        <translation>Analyser un modèle enregistré</translation>
    </message>
    <message>
        <source>Results folder of locuscope-cli elm</source>
        <translation>Dossier de résultats de locuscope-cli elm</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Locuscope sessions (*.json)</source>
        <translation>Sessions Locuscope (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
</context>
<context>
    <name>locuscope::ExportFigureDialog</name>
    <message>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation>Image PNG (matricielle)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>%1 × %2 cm at %3 dpi</source>
        <translation>%1 × %2 cm à %3 ppp</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to save the figure to.</source>
        <translation>Choisissez un fichier où enregistrer la figure.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>locuscope::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>End tour</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
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
    <name>locuscope::LocusEstimateFigure</name>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Lancez une analyse ELM pour voir ses figures.</translation>
    </message>
    <message>
        <source>The report holds no per-locus estimates for this trait.</source>
        <translation>Le rapport ne contient aucune estimation par locus pour ce caractère.</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>locus</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>locus, ranked (no simulated truth in these data)</source>
        <translation>locus, classés (pas de vérité simulée dans ces données)</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusTrackPanel</name>
    <message>
        <source>Genes</source>
        <translation>Gènes</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Predicted
methylation</source>
        <translation>Méthylation
prédite</translation>
    </message>
    <message>
        <source>Δ methylation
(alt − ref)</source>
        <translation>Δ méthylation
(alt − ref)</translation>
    </message>
    <message>
        <source>Observed
methylation</source>
        <translation>Méthylation
observée</translation>
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
        <translation>Logo de
séquence</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>alternative (variant)</source>
        <translation>alternatif (variant)</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>%1 position (attribution window)</source>
        <translation>position sur %1 (fenêtre d&apos;attribution)</translation>
    </message>
    <message>
        <source>integrated gradients (sum over bases)</source>
        <translation>gradients intégrés (somme sur les bases)</translation>
    </message>
    <message>
        <source>saliency (gradient × input)</source>
        <translation>saillance (gradient × entrée)</translation>
    </message>
    <message>
        <source>Δ prediction</source>
        <translation>Δ prédiction</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>gradients intégrés</translation>
    </message>
    <message>
        <source>gradient × input</source>
        <translation>gradient × entrée</translation>
    </message>
    <message>
        <source>%1 position</source>
        <translation>position sur %1</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <translation>%1
%2 = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>%1 (%2)
TSS %3:%4, strand %5</source>
        <translation>%1 (%2)
TSS %3:%4, brin %5</translation>
    </message>
    <message>
        <source>CpG %1:%2 (%3)
reference %4</source>
        <translation>CpG %1:%2 (%3)
référence %4</translation>
    </message>
    <message>
        <source>
alternative %1, Δ %2</source>
        <translation>
alternatif %1, Δ %2</translation>
    </message>
    <message>
        <source>%1:%2
β %3</source>
        <translation>%1:%2
β %3</translation>
    </message>
    <message>
        <source>, coverage %1</source>
        <translation>, couverture %1</translation>
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
gradient × entrée %1</translation>
    </message>
    <message>
        <source>
integrated gradients %1</source>
        <translation>
gradients intégrés %1</translation>
    </message>
    <message>
        <source>
ISM A %1, C %2, G %3, T %4</source>
        <translation>
ISM A %1, C %2, G %3, T %4</translation>
    </message>
    <message>
        <source>Unknown track %1</source>
        <translation>Piste inconnue %1</translation>
    </message>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>La taille de la figure doit être de 16 à 20000 px et la résolution de 10 à 4800 ppp</translation>
    </message>
    <message>
        <source>There are no tracks to export</source>
        <translation>Aucune piste à exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Locus tracks %1:%2-%3</source>
        <translation>Pistes du locus %1:%2-%3</translation>
    </message>
    <message>
        <source>Could not render the tracks to %1</source>
        <translation>Impossible de générer le rendu des pistes dans %1</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1&#xa0;: %2</translation>
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
        <translation>Locuscope %1 prêt&#xa0;: %2, %3 cœurs sur %4, LibTorch %5, BLAS %6</translation>
    </message>
    <message>
        <source>The BLAS library in use is not optimised; model computations will be slow. Install libopenblas0-pthread.</source>
        <translation>La bibliothèque BLAS utilisée n’est pas optimisée&#xa0;; les calculs des modèles seront lents. Installez libopenblas0-pthread.</translation>
    </message>
    <message>
        <source>&amp;Epistasis</source>
        <translation>É&amp;pistasie</translation>
    </message>
</context>
<context>
    <name>locuscope::MethylationWorkspace</name>
    <message>
        <source>Locuscope did not close cleanly last time. &lt;a href=&quot;recover&quot;&gt;Restore the autosaved methylation session&lt;/a&gt;.</source>
        <translation>Locuscope ne s&apos;est pas fermé correctement la dernière fois. &lt;a href=&quot;recover&quot;&gt;Restaurer la session de méthylation enregistrée automatiquement&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Methylation&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT: how single-nucleotide variants change CpG methylation. A variant&apos;s MRV score is the largest |alt − ref| of predicted methylation over the CpGs within 1 kb.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Méthylation&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) et Cell-type-INTERACT&#xa0;: comment les variants mononucléotidiques modifient la méthylation des CpG. Le score MRV d&apos;un variant est le plus grand |alt − ref| de méthylation prédite sur les CpG situés à moins de 1 kb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo locus</source>
        <translation>Ouvrir le locus de démonstration</translation>
    </message>
    <message>
        <source>A synthetic genome with planted CpG islands and motifs, a small model trained on it, genes, variants and GWAS statistics</source>
        <translation>Un génome synthétique avec des îlots CpG et des motifs insérés, un petit modèle entraîné dessus, des gènes, des variants et des statistiques GWAS</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Reference genome (FASTA)…</source>
        <translation>Génome de référence (FASTA)…</translation>
    </message>
    <message>
        <source>Variants (VCF/BCF)…</source>
        <translation>Variants (VCF/BCF)…</translation>
    </message>
    <message>
        <source>Genes (BED/GTF)…</source>
        <translation>Gènes (BED/GTF)…</translation>
    </message>
    <message>
        <source>Methylation model…</source>
        <translation>Modèle de méthylation…</translation>
    </message>
    <message>
        <source>Observed methylation…</source>
        <translation>Méthylation observée…</translation>
    </message>
    <message>
        <source>GWAS summary statistics…</source>
        <translation>Statistiques résumées GWAS…</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>Session…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Enregistrer la session…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Gene, chr:start-end, chr:pos or variant ID</source>
        <translation>Gène, chr:start-end, chr:pos ou ID de variant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Next top variant</source>
        <translation>Meilleur variant suivant</translation>
    </message>
    <message>
        <source>Select the scored variant with the next highest MRV score</source>
        <translation>Sélectionner le variant évalué ayant le score MRV immédiatement inférieur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Score selection</source>
        <translation>Évaluer la sélection</translation>
    </message>
    <message>
        <source>Score locus</source>
        <translation>Évaluer le locus</translation>
    </message>
    <message>
        <source>Score whole VCF</source>
        <translation>Évaluer tout le VCF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Track panel as figure…</source>
        <translation>Panneau des pistes en figure…</translation>
    </message>
    <message>
        <source>One track as figure…</source>
        <translation>Une piste en figure…</translation>
    </message>
    <message>
        <source>Scores as TSV…</source>
        <translation>Scores en TSV…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Exporter les scores</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Scored variants as annotated VCF…</source>
        <translation>Variants évalués en VCF annoté…</translation>
    </message>
    <message>
        <source>Export annotated VCF</source>
        <translation>Exporter le VCF annoté</translation>
    </message>
    <message>
        <source>VCF (*.vcf *.vcf.gz *.bcf)</source>
        <translation>VCF (*.vcf *.vcf.gz *.bcf)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>The open VCF shown in the table and on the variants track</source>
        <translation>Le VCF ouvert, affiché dans le tableau et sur la piste des variants</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <source>Filter: ID, contig, chr:start-end</source>
        <translation>Filtre&#xa0;: ID, contig, chr:start-end</translation>
    </message>
    <message>
        <source>SNVs</source>
        <translation>SNV</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <source>REF mismatches</source>
        <translation>Discordances REF</translation>
    </message>
    <message>
        <source>MRV ≥ </source>
        <translation>MRV ≥ </translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Open reference %1</source>
        <translation>Ouvrir la référence %1</translation>
    </message>
    <message>
        <source>Open variants %1 (first records)</source>
        <translation>Ouvrir les variants %1 (premiers enregistrements)</translation>
    </message>
    <message>
        <source>Open variants %1</source>
        <translation>Ouvrir les variants %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n variant(s) while the rest of %1 is read…</source>
        <translation>
            <numerusform>Affichage de %n variant pendant la lecture du reste de %1…</numerusform>
            <numerusform>Affichage des %n premiers variants pendant la lecture du reste de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open genes %1</source>
        <translation>Ouvrir les gènes %1</translation>
    </message>
    <message>
        <source>Open observed methylation %1</source>
        <translation>Ouvrir la méthylation observée %1</translation>
    </message>
    <message>
        <source>Open GWAS statistics %1</source>
        <translation>Ouvrir les statistiques GWAS %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: the reference has no contig “%2”</source>
        <translation>%1&#xa0;: la référence n&apos;a pas de contig «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: past the end of %2 (%3 bp)</source>
        <translation>%1&#xa0;: au-delà de la fin de %2 (%3 pb)</translation>
    </message>
    <message>
        <source>“%1” is not a region, a gene in the open annotation or a variant ID in the open VCF.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une région, ni un gène de l&apos;annotation ouverte, ni un ID de variant du VCF ouvert.</translation>
    </message>
    <message>
        <source>No scored variant to go to: score the locus or the VCF first.</source>
        <translation>Aucun variant évalué vers lequel aller&#xa0;: évaluez d&apos;abord le locus ou le VCF.</translation>
    </message>
    <message>
        <source>Zoom in to at most %1 kb to see predicted methylation.</source>
        <translation>Zoomez sur %1 kb au plus pour voir la méthylation prédite.</translation>
    </message>
    <message>
        <source>Predict methylation %1</source>
        <translation>Prédire la méthylation %1</translation>
    </message>
    <message>
        <source>Attributions at %1</source>
        <translation>Attributions en %1</translation>
    </message>
    <message>
        <source>Scoring needs a reference genome, a VCF and a methylation model.</source>
        <translation>L&apos;évaluation nécessite un génome de référence, un VCF et un modèle de méthylation.</translation>
    </message>
    <message>
        <source>Scored %1 SNVs (%2 without a CpG within reach). %3</source>
        <translation>%1 SNV évalués (%2 sans CpG à portée). %3</translation>
    </message>
    <message>
        <source>Select one or more variants in the table first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs variants dans le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n selected variant(s)</source>
        <translation>
            <numerusform>Évaluer %n variant sélectionné</numerusform>
            <numerusform>Évaluer %n variants sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to a locus first.</source>
        <translation>Allez d&apos;abord à un locus.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Évaluer %1</translation>
    </message>
    <message>
        <source>Score the whole VCF</source>
        <translation>Évaluer tout le VCF</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scored variant(s) to %1.</source>
        <translation>
            <numerusform>%n variant évalué écrit dans %1.</numerusform>
            <numerusform>%n variants évalués écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scored yet: score a selection, the locus or the VCF first.</source>
        <translation>Rien n&apos;a encore été évalué&#xa0;: évaluez d&apos;abord une sélection, le locus ou le VCF.</translation>
    </message>
    <message>
        <source>Export annotated VCF %1</source>
        <translation>Exporter le VCF annoté %1</translation>
    </message>
    <message>
        <source>Could not export the figure: %1</source>
        <translation>Impossible d&apos;exporter la figure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not export the track: %1</source>
        <translation>Impossible d&apos;exporter la piste&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the session refers to %2, which does not exist</source>
        <translation>%1&#xa0;: la session fait référence à %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Read saved scores</source>
        <translation>Lire les scores enregistrés</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Gènes</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observée</translation>
    </message>
    <message>
        <source>GWAS</source>
        <translation>GWAS</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Locuscope session (*.json)</source>
        <translation>Session Locuscope (*.json)</translation>
    </message>
</context>
<context>
    <name>locuscope::PairClusterFigure</name>
    <message>
        <source>Choose the pair of loci to plot</source>
        <translation>Choisir la paire de locus à représenter</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Paire&#xa0;:</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>Meilleures paires</translation>
    </message>
    <message>
        <source>by estimated |β̂ᵢⱼ|</source>
        <translation>par |β̂ᵢⱼ| estimé</translation>
    </message>
    <message>
        <source>by true |βᵢⱼ|</source>
        <translation>par |βᵢⱼ| réel</translation>
    </message>
    <message>
        <source>Click a pair to plot its genotype clusters</source>
        <translation>Cliquez sur une paire pour représenter ses groupes de génotypes</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of a locus pair</source>
        <translation>Fig. 5 · Groupes de génotypes d&apos;une paire de locus</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of %1</source>
        <translation>Fig. 5 · Groupes de génotypes de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistasis makes four clusters&lt;/h3&gt;&lt;p&gt;Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on the genotype at j, and the other way round:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample, placed by its two sensitivities and coloured by its genotypes at the two loci. With epistasis the samples fall into four clusters, one per genotype combination, shifted by ±β&lt;sub&gt;ij&lt;/sub&gt; along each axis (sometimes a parallelogram, because other loci add their own spread). Without epistasis the clusters sit on top of each other.&lt;/p&gt;&lt;p&gt;The crosses mark the class means; the estimate combines them:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), averaged over both loci.&lt;/p&gt;&lt;p&gt;Pick a pair above, click one in the list, or click a cell of the epistasis map. For diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no class and do not enter β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;L&apos;épistasie crée quatre groupes&lt;/h3&gt;&lt;p&gt;Prenons deux locus i et j qui interagissent. La sensibilité du phénotype au locus i dépend du génotype en j, et inversement&#xa0;:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chaque point est un échantillon de test, placé selon ses deux sensibilités et coloré selon ses génotypes aux deux locus. Avec de l&apos;épistasie, les échantillons se répartissent en quatre groupes, un par combinaison de génotypes, décalés de ±β&lt;sub&gt;ij&lt;/sub&gt; le long de chaque axe (parfois en parallélogramme, car d&apos;autres locus ajoutent leur propre dispersion). Sans épistasie, les groupes se superposent.&lt;/p&gt;&lt;p&gt;Les croix marquent les moyennes des classes&#xa0;; l&apos;estimation les combine&#xa0;:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), moyennée sur les deux locus.&lt;/p&gt;&lt;p&gt;Choisissez une paire ci-dessus, cliquez sur une paire de la liste ou sur une cellule de la carte d&apos;épistasie. Pour des données diploïdes, les échantillons hétérozygotes à l&apos;un des deux locus (x = 0) sont en gris&#xa0;: ils n&apos;appartiennent à aucune classe et n&apos;entrent pas dans β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1   β̂ = %2</source>
        <translation>%1   β̂ = %2</translation>
    </message>
    <message>
        <source>   (true %1)</source>
        <translation>   (réel %1)</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Lancez une analyse ELM pour voir ses figures.</translation>
    </message>
    <message>
        <source>These data have fewer than two loci.</source>
        <translation>Ces données comptent moins de deux locus.</translation>
    </message>
    <message>
        <source>Per-sample sensitivities were not kept in this report.
Run the analysis again with &quot;keep sensitivities&quot; to see the genotype clusters.</source>
        <translation>Les sensibilités par échantillon n&apos;ont pas été conservées dans ce rapport.
Relancez l&apos;analyse avec «&#xa0;conserver les sensibilités&#xa0;» pour voir les groupes de génotypes.</translation>
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
        <translation>hétérozygote à l&apos;un des deux locus</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
    <message>
        <source>class means</source>
        <translation>moyennes des classes</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xᵢ)</source>
        <translation>sensibilité à %1 (∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xⱼ)</source>
        <translation>sensibilité à %1 (∂f/∂xⱼ)</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ = %1</source>
        <translation>βᵢⱼ estimé = %1</translation>
    </message>
    <message>
        <source>
true βᵢⱼ%1 = %2</source>
        <translation>
βᵢⱼ réel%1 = %2</translation>
    </message>
    <message>
        <source>Sample %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</source>
        <translation>Échantillon %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</translation>
    </message>
</context>
<context>
    <name>locuscope::PairwiseEpistasisFigure</name>
    <message>
        <source>Fig 6 · Pairwise epistasis estimates (ranked)</source>
        <translation>Fig. 6 · Estimations de l&apos;épistasie par paires (classées)</translation>
    </message>
    <message>
        <source>Fig 10 · Pairwise epistasis, mean of %1 replicates</source>
        <translation>Fig. 10 · Épistasie par paires, moyenne de %1 réplicats</translation>
    </message>
    <message>
        <source>Fig 6 · Pairwise epistasis</source>
        <translation>Fig. 6 · Épistasie par paires</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading every pairwise interaction off the network&lt;/h3&gt;&lt;p&gt;For each pair of loci (i, j) the test samples fall into four genotype classes. The mean sensitivity to locus i moves by 2β&lt;sub&gt;ij&lt;/sub&gt; when x&lt;sub&gt;j&lt;/sub&gt; flips from −1 to +1, so the four class means give&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, averaged with the same estimate from locus j.&lt;/p&gt;&lt;p&gt;Each point is one pair of loci. Most pairs do not interact (true β&lt;sub&gt;ij&lt;/sub&gt; = 0) and should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the least-squares line says how much of each interaction the network captured (the pub finds about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².&lt;/p&gt;&lt;p&gt;With several replicate models (fresh noise and initialisation each) the points are the mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which matters most at low heritability.&lt;/p&gt;&lt;p&gt;Click a point to show that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lire chaque interaction par paires sur le réseau&lt;/h3&gt;&lt;p&gt;Pour chaque paire de locus (i, j), les échantillons de test se répartissent en quatre classes de génotypes. La sensibilité moyenne au locus i se décale de 2β&lt;sub&gt;ij&lt;/sub&gt; quand x&lt;sub&gt;j&lt;/sub&gt; passe de −1 à +1&#xa0;; les quatre moyennes de classe donnent donc&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, moyennée avec la même estimation faite à partir du locus j.&lt;/p&gt;&lt;p&gt;Chaque point est une paire de locus. La plupart des paires n&apos;interagissent pas (β&lt;sub&gt;ij&lt;/sub&gt; réel = 0) et devraient se trouver près de zéro&#xa0;; les quelques paires en interaction devraient suivre la droite 1:1. La pente de la droite des moindres carrés indique quelle part de chaque interaction le réseau a capturée (la publication trouve environ 0,86)&#xa0;; r² = 1 − Σ(réel − estimation)² / Σ(réel − moyenne)².&lt;/p&gt;&lt;p&gt;Avec plusieurs modèles réplicats (nouveau bruit et nouvelle initialisation à chaque fois), les points sont l&apos;estimation moyenne avec des barres de ±1 écart type&#xa0;: la moyenne élimine les faux positifs, ce qui compte surtout à faible héritabilité.&lt;/p&gt;&lt;p&gt;Cliquez sur un point pour afficher les groupes de génotypes de cette paire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Lancez une analyse ELM pour voir ses figures.</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>Le rapport ne contient aucune estimation par paires pour ce caractère.</translation>
    </message>
    <message>
        <source>replicate 1</source>
        <translation>réplicat 1</translation>
    </message>
    <message>
        <source>mean of %1 replicates ± sd</source>
        <translation>moyenne de %1 réplicats ± é.-t.</translation>
    </message>
    <message>
        <source>locus pairs</source>
        <translation>paires de locus</translation>
    </message>
    <message>
        <source>true pairwise effect βᵢⱼ%1</source>
        <translation>effet par paires réel βᵢⱼ%1</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ (replicate mean)</source>
        <translation>βᵢⱼ estimé (moyenne des réplicats)</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>βᵢⱼ estimé</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1 (restitution parfaite)</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>ajustement par moindres carrés</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2
%3 pairs</source>
        <translation>Pente = %1, r² = %2
%3 paires</translation>
    </message>
    <message>
        <source>No epistatic pairs in the simulation for this trait: no fit
%1 pairs</source>
        <translation>Aucune paire épistatique dans la simulation pour ce caractère&#xa0;: pas d&apos;ajustement
%1 paires</translation>
    </message>
    <message>
        <source>pair rank by |estimated βᵢⱼ| (no simulated truth in these data)</source>
        <translation>rang de la paire selon |βᵢⱼ estimé| (pas de vérité simulée dans ces données)</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source> ± %1 (sd over replicates)</source>
        <translation> ± %1 (écart type entre réplicats)</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>βᵢⱼ réel%1 = %2</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
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
    <name>locuscope::ReconstructionFigure</name>
    <message>
        <source>Fig 1 · Linear reconstruction J(x)·x = f(x)</source>
        <translation>Fig. 1 · Reconstruction linéaire J(x)·x = f(x)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The network is exactly linear around every genotype&lt;/h3&gt;&lt;p&gt;The network has no bias terms and uses Leaky-ReLU activations, so for each genotype &lt;i&gt;x&lt;/i&gt; it behaves like a linear map: its output equals its Jacobian (the sensitivity of the output to every locus) times the genotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample: the network&apos;s prediction across, the sum of its per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest gap shown in the box, float rounding only) mean the sensitivities are a complete, exact account of every prediction — the basis of all later figures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le réseau est exactement linéaire autour de chaque génotype&lt;/h3&gt;&lt;p&gt;Le réseau n&apos;a pas de termes de biais et utilise des activations Leaky-ReLU&#xa0;; pour chaque génotype &lt;i&gt;x&lt;/i&gt;, il se comporte donc comme une application linéaire&#xa0;: sa sortie est égale à sa jacobienne (la sensibilité de la sortie à chaque locus) multipliée par le génotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chaque point est un échantillon de test&#xa0;: en abscisse la prédiction du réseau, en ordonnée la somme de ses sensibilités par locus multipliées par son génotype. Si tous les points sont sur la droite 1:1 en pointillés (plus grand écart indiqué dans l&apos;encadré, dû uniquement à l&apos;arrondi en virgule flottante), les sensibilités rendent compte de manière complète et exacte de chaque prédiction — la base de toutes les figures suivantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Lancez une analyse ELM pour voir ses figures.</translation>
    </message>
    <message>
        <source>The report holds no test predictions.</source>
        <translation>Le rapport ne contient aucune prédiction de test.</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>échantillons de test</translation>
    </message>
    <message>
        <source>model output f(x)</source>
        <translation>sortie du modèle f(x)</translation>
    </message>
    <message>
        <source>linear reconstruction J(x)·x</source>
        <translation>reconstruction linéaire J(x)·x</translation>
    </message>
    <message>
        <source>max |J(x)·x − f(x)| = %1
all traits: %2
n = %3 test samples</source>
        <translation>max |J(x)·x − f(x)| = %1
tous les caractères&#xa0;: %2
n = %3 échantillons de test</translation>
    </message>
    <message>
        <source>Sample %1
f(x) = %2
J(x)·x = %3</source>
        <translation>Échantillon %1
f(x) = %2
J(x)·x = %3</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityPcaFigure</name>
    <message>
        <source>Principal components of the sensitivities</source>
        <translation>Composantes principales des sensibilités</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which loci vary together?&lt;/h3&gt;&lt;p&gt;Every test sample has a sensitivity vector: how much the prediction would change per locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. PCA finds the directions in which these vectors differ most between samples.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, loadings w)&lt;/p&gt;&lt;p&gt;Purely additive loci have the same sensitivity in every genome and contribute nothing. An epistatic pair (i, j) makes ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; follow x&lt;sub&gt;j&lt;/sub&gt; and ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; follow x&lt;sub&gt;i&lt;/sub&gt;, so each interacting pair adds its own component of variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. The bars show the share of variance per component; the scatter places each locus by its loadings on the first two components — loci far from the origin drive them, and the partners of a strong pair load together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quels locus varient ensemble&#xa0;?&lt;/h3&gt;&lt;p&gt;Chaque échantillon de test a un vecteur de sensibilité&#xa0;: de combien la prédiction changerait par locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. L&apos;ACP trouve les directions dans lesquelles ces vecteurs diffèrent le plus d&apos;un échantillon à l&apos;autre.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, chargements w)&lt;/p&gt;&lt;p&gt;Les locus purement additifs ont la même sensibilité dans chaque génome et n&apos;apportent rien. Une paire épistatique (i, j) fait suivre x&lt;sub&gt;j&lt;/sub&gt; à ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; et x&lt;sub&gt;i&lt;/sub&gt; à ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;&#xa0;; chaque paire en interaction ajoute donc sa propre composante de variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. Les barres montrent la part de variance par composante&#xa0;; le nuage de points place chaque locus selon ses chargements sur les deux premières composantes — les locus éloignés de l&apos;origine les déterminent, et les partenaires d&apos;une paire forte ont des chargements semblables.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>Lancez une analyse ELM pour voir ses figures.</translation>
    </message>
    <message>
        <source>The report holds no PCA of the sensitivities for this trait.</source>
        <translation>Le rapport ne contient aucune ACP des sensibilités pour ce caractère.</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>variance expliquée</translation>
    </message>
    <message>
        <source>principal component</source>
        <translation>composante principale</translation>
    </message>
    <message>
        <source>variance explained (%)</source>
        <translation>variance expliquée (%)</translation>
    </message>
    <message>
        <source>loading on PC1 (%1 %)</source>
        <translation>chargement sur CP1 (%1 %)</translation>
    </message>
    <message>
        <source>loading on PC2 (%1 %)</source>
        <translation>chargement sur CP2 (%1 %)</translation>
    </message>
    <message>
        <source>additive only (simulation)</source>
        <translation>additif seulement (simulation)</translation>
    </message>
    <message>
        <source>in an epistatic pair (simulation)</source>
        <translation>dans une paire épistatique (simulation)</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>locus</translation>
    </message>
    <message>
        <source>%1
PC1 loading %2
PC2 loading %3</source>
        <translation>%1
chargement sur CP1 %2
chargement sur CP2 %3</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the sensitivity variance</source>
        <translation>CP%1&#xa0;: %2 % de la variance des sensibilités</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityVarianceFigure</name>
    <message>
        <source>Fig 3 · Candidate epistatic loci (sensitivity variance)</source>
        <translation>Fig. 3 · Locus épistatiques candidats (variance de la sensibilité)</translation>
    </message>
    <message>
        <source>Fig 3 · Sensitivity variance and epistasis</source>
        <translation>Fig. 3 · Variance de la sensibilité et épistasie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistatic loci have sensitivities that vary&lt;/h3&gt;&lt;p&gt;A purely additive locus has the same effect in every genome: its sensitivity ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; is a constant. A locus in an epistatic pair has an effect that depends on its partner&apos;s genotype:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; so &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for x&lt;sub&gt;j&lt;/sub&gt; = ±1 at allele frequency ½. So the variance of a locus&apos;s sensitivity over the population grows with the &lt;i&gt;square&lt;/i&gt; of its epistatic effect: the points should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank loci by sensitivity variance: the loci at the left are the best candidates for epistatic interactions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Les locus épistatiques ont des sensibilités variables&lt;/h3&gt;&lt;p&gt;Un locus purement additif a le même effet dans chaque génome&#xa0;: sa sensibilité ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; est constante. Un locus appartenant à une paire épistatique a un effet qui dépend du génotype de son partenaire&#xa0;:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; donc &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;pour x&lt;sub&gt;j&lt;/sub&gt; = ±1 à une fréquence allélique de ½. La variance de la sensibilité d&apos;un locus dans la population croît donc avec le &lt;i&gt;carré&lt;/i&gt; de son effet épistatique&#xa0;: les points devraient suivre une parabole. La courbe en pointillés est y = x² (restitution parfaite)&#xa0;; la courbe pleine est l&apos;ajustement quadratique c + b·x + a·x², dont la publication rapporte le coefficient a de x² (environ 0,8).&lt;/p&gt;&lt;p&gt;Sans vérité simulée, les barres classent les locus par variance de la sensibilité&#xa0;: les locus à gauche sont les meilleurs candidats aux interactions épistatiques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>variance of sensitivity Var(∂f/∂xᵢ)</source>
        <translation>variance de la sensibilité Var(∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>true epistatic effect βᵢⱼ of the locus&apos;s pair%1</source>
        <translation>effet épistatique réel βᵢⱼ de la paire du locus%1</translation>
    </message>
    <message>
        <source>No epistatic loci in the simulation for this trait: no fit</source>
        <translation>Aucun locus épistatique dans la simulation pour ce caractère&#xa0;: pas d&apos;ajustement</translation>
    </message>
    <message>
        <source>y = x² (perfect recovery)</source>
        <translation>y = x² (restitution parfaite)</translation>
    </message>
    <message>
        <source>quadratic fit</source>
        <translation>ajustement quadratique</translation>
    </message>
    <message>
        <source>x² coefficient = %1, r² = %2</source>
        <translation>coefficient de x² = %1, r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::SimulationForm</name>
    <message>
        <source>&lt;p&gt;Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pairs&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + noise&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The first sum is additive: each allele shifts P on its own. The second is epistasis: the effect of locus i depends on the allele at its partner j. The share of epistatic variance sets, per trait, how much of the genetic variance comes from the pairs (0 = purely additive).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque échantillon porte un allèle par locus, codé x = −1 ou +1. Son phénotype est&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;paires&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + bruit&lt;/i&gt;&lt;/p&gt;&lt;p&gt;La première somme est additive&#xa0;: chaque allèle décale P à lui seul. La seconde est l&apos;épistasie&#xa0;: l&apos;effet du locus i dépend de l&apos;allèle porté par son partenaire j. La part de variance épistatique fixe, pour chaque caractère, la proportion de la variance génétique qui provient des paires (0 = purement additif).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number of causal loci</source>
        <translation>Nombre de locus causaux</translation>
    </message>
    <message>
        <source>loci / 2</source>
        <translation>locus / 2</translation>
    </message>
    <message>
        <source>Disjoint interacting pairs per trait</source>
        <translation>Paires disjointes en interaction par caractère</translation>
    </message>
    <message>
        <source>One number per trait: epistatic variance / additive variance (0 = additive only)</source>
        <translation>Un nombre par caractère&#xa0;: variance épistatique / variance additive (0 = additif seulement)</translation>
    </message>
    <message>
        <source>Haploid (x = ±1)</source>
        <translation>Haploïde (x = ±1)</translation>
    </message>
    <message>
        <source>Diploid (x = dosage − 1)</source>
        <translation>Diploïde (x = dosage − 1)</translation>
    </message>
    <message>
        <source>Allele-1 frequencies are drawn uniformly between these bounds</source>
        <translation>Les fréquences de l&apos;allèle 1 sont tirées uniformément entre ces bornes</translation>
    </message>
    <message>
        <source>H² = Var(G) / Var(P); 1 adds no environmental noise</source>
        <translation>H² = Var(G) / Var(P)&#xa0;; 1 n&apos;ajoute aucun bruit environnemental</translation>
    </message>
    <message>
        <source>Individuals (85 % train, 15 % test)</source>
        <translation>Individus (85 % entraînement, 15 % test)</translation>
    </message>
    <message>
        <source>AlphaSimR text (g/p/eff)</source>
        <translation>Texte AlphaSimR (g/p/eff)</translation>
    </message>
    <message>
        <source>HDF5 train/test pair</source>
        <translation>Paire HDF5 entraînement/test</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Loci</source>
        <translation>Locus</translation>
    </message>
    <message>
        <source>Epistatic pairs</source>
        <translation>Paires épistatiques</translation>
    </message>
    <message>
        <source>Epistatic share per trait</source>
        <translation>Part épistatique par caractère</translation>
    </message>
    <message>
        <source>Ploidy</source>
        <translation>Ploïdie</translation>
    </message>
    <message>
        <source>Min allele frequency</source>
        <translation>Fréquence allélique min.</translation>
    </message>
    <message>
        <source>Max allele frequency</source>
        <translation>Fréquence allélique max.</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individus</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Simulate and open</source>
        <translation>Simuler et ouvrir</translation>
    </message>
    <message>
        <source>epistatic share &quot;%1&quot; is not a number</source>
        <translation>la part épistatique «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Folder for the simulated dataset</source>
        <translation>Dossier du jeu de données simulé</translation>
    </message>
</context>
<context>
    <name>locuscope::TrainingCurvesFigure</name>
    <message>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the network learned&lt;/h3&gt;&lt;p&gt;Each epoch the network sees every training sample once. The &lt;b&gt;training loss&lt;/b&gt; is the mean absolute error on the samples it learns from; the &lt;b&gt;monitored loss&lt;/b&gt; is the same error on samples it never trains on, and decides when to stop.&lt;/p&gt;&lt;p&gt;When the monitored loss stops improving for a few epochs the learning rate is halved (grey dashed lines). Training stops early when it has not improved by more than the minimum step for several epochs, and the weights of the &lt;b&gt;best epoch&lt;/b&gt; are restored: that is the model every other figure analyses.&lt;/p&gt;&lt;p&gt;Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network memorises noise instead of learning the genetic architecture.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comment le réseau a appris&lt;/h3&gt;&lt;p&gt;À chaque époque, le réseau voit une fois chaque échantillon d&apos;entraînement. La &lt;b&gt;perte d&apos;entraînement&lt;/b&gt; est l&apos;erreur absolue moyenne sur les échantillons dont il apprend&#xa0;; la &lt;b&gt;perte surveillée&lt;/b&gt; est la même erreur sur des échantillons sur lesquels il ne s&apos;entraîne jamais, et elle décide quand s&apos;arrêter.&lt;/p&gt;&lt;p&gt;Quand la perte surveillée cesse de s&apos;améliorer pendant quelques époques, le taux d&apos;apprentissage est divisé par deux (lignes grises en pointillés). L&apos;entraînement s&apos;arrête de façon précoce quand elle ne s&apos;est pas améliorée de plus que le pas minimal pendant plusieurs époques, et les poids de la &lt;b&gt;meilleure époque&lt;/b&gt; sont restaurés&#xa0;: c&apos;est le modèle qu&apos;analysent toutes les autres figures.&lt;/p&gt;&lt;p&gt;Perte = moyenne de |P̂ − P| (L1). Une perte surveillée très supérieure à la perte d&apos;entraînement signifie que le réseau mémorise le bruit au lieu d&apos;apprendre l&apos;architecture génétique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This report has no training history.</source>
        <translation>Ce rapport ne contient aucun historique d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Training curves appear here while a model trains.</source>
        <translation>Les courbes d&apos;entraînement apparaissent ici pendant l&apos;entraînement d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>L1 loss</source>
        <translation>Perte L1</translation>
    </message>
    <message>
        <source>Monitored loss</source>
        <translation>Perte surveillée</translation>
    </message>
    <message>
        <source>Monitored loss (%1)</source>
        <translation>Perte surveillée (%1)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Learning rate lowered</source>
        <translation>Taux d&apos;apprentissage abaissé</translation>
    </message>
    <message>
        <source>best epoch %1 (restored)</source>
        <translation>meilleure époque %1 (restaurée)</translation>
    </message>
    <message>
        <source>Best epoch (restored)</source>
        <translation>Meilleure époque (restaurée)</translation>
    </message>
    <message>
        <source>early stop after epoch %1</source>
        <translation>arrêt précoce après l&apos;époque %1</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>LR → %1</source>
        <translation>Taux → %1</translation>
    </message>
    <message>
        <source>Epoch %1
training loss %2
monitored loss %3
learning rate %4</source>
        <translation>Époque %1
perte d&apos;entraînement %2
perte surveillée %3
taux d&apos;apprentissage %4</translation>
    </message>
</context>
<context>
    <name>locuscope::VariantTableModel</name>
    <message>
        <source>match</source>
        <translation>concordance</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>discordance</translation>
    </message>
    <message>
        <source>no contig</source>
        <translation>pas de contig</translation>
    </message>
    <message>
        <source>%1:%2 %3&gt;%4</source>
        <translation>%1:%2 %3&gt;%4</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>INFO: %1</source>
        <translation>INFO&#xa0;: %1</translation>
    </message>
    <message>
        <source>REF does not match the reference genome</source>
        <translation>REF ne correspond pas au génome de référence</translation>
    </message>
    <message>
        <source>The reference genome has no such contig</source>
        <translation>Le génome de référence ne contient pas ce contig</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Sortie&#xa0;: %1</translation>
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
        <translation>Contrôle REF</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>Δ methylation</source>
        <translation>Δ méthylation</translation>
    </message>
    <message>
        <source>CpG</source>
        <translation>CpG</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>REF compared with the reference genome</source>
        <translation>REF comparé au génome de référence</translation>
    </message>
    <message>
        <source>MRV score: the largest |alt − ref| of predicted methylation over the CpGs within reach</source>
        <translation>Score MRV&#xa0;: le plus grand |alt − ref| de méthylation prédite sur les CpG à portée</translation>
    </message>
    <message>
        <source>Signed change of predicted methylation at that CpG, alternative minus reference</source>
        <translation>Variation signée de la méthylation prédite sur ce CpG, alternatif moins référence</translation>
    </message>
    <message>
        <source>Position of the CpG whose predicted methylation the variant changes most</source>
        <translation>Position du CpG dont la méthylation prédite est la plus modifiée par le variant</translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>Bientôt dans cet espace de travail</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Locuscope: deep-learning models of genetic variation</source>
        <translation>Locuscope&#xa0;: modèles d&apos;apprentissage profond de la variation génétique</translation>
    </message>
    <message>
        <source>As first argument: export figures headless (see export-figures --help)</source>
        <translation>En premier argument&#xa0;: exporter les figures sans affichage (voir export-figures --help)</translation>
    </message>
    <message>
        <source>Start on the bundled demo: open the ELM reference data and train on it</source>
        <translation>Démarrer sur la démo fournie&#xa0;: ouvrir les données de référence ELM et s&apos;entraîner dessus</translation>
    </message>
    <message>
        <source>Show this locuscope-cli elm results folder</source>
        <translation>Afficher ce dossier de résultats de locuscope-cli elm</translation>
    </message>
    <message>
        <source>Bring this Epistasis figure to the front (part of its id, e.g. fig5)</source>
        <translation>Afficher au premier plan cette figure d&apos;épistasie (partie de son identifiant, p. ex. fig5)</translation>
    </message>
    <message>
        <source>Select this trait (index from 1)</source>
        <translation>Sélectionner ce caractère (indice à partir de 1)</translation>
    </message>
    <message>
        <source>Select this pair of loci (indices from 1: i,j)</source>
        <translation>Sélectionner cette paire de locus (indices à partir de 1&#xa0;: i,j)</translation>
    </message>
    <message>
        <source>Start the guided tour</source>
        <translation>Lancer la visite guidée</translation>
    </message>
    <message>
        <source>Read and write preferences in this INI file</source>
        <translation>Lire et écrire les préférences dans ce fichier INI</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG after the given delay, then quit</source>
        <translation>Enregistrer une capture d&apos;écran de la fenêtre dans ce PNG après le délai indiqué, puis quitter</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot</source>
        <translation>Millisecondes avant la capture d&apos;écran</translation>
    </message>
    <message>
        <source>Open this session (Epistasis or Methylation)</source>
        <translation>Ouvrir cette session (épistasie ou méthylation)</translation>
    </message>
    <message>
        <source>Start on the Methylation demo: synthetic genome, model, genes, variants, GWAS</source>
        <translation>Démarrer sur la démo de méthylation&#xa0;: génome synthétique, modèle, gènes, variants, GWAS</translation>
    </message>
    <message>
        <source>Methylation: go to this gene, chr:start-end, chr:pos or variant ID</source>
        <translation>Méthylation&#xa0;: aller à ce gène, chr:start-end, chr:pos ou ID de variant</translation>
    </message>
    <message>
        <source>Methylation: score the variants of the locus, then select the top one</source>
        <translation>Méthylation&#xa0;: évaluer les variants du locus, puis sélectionner le mieux classé</translation>
    </message>
</context>
</TS>
