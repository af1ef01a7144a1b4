<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EpistasisWorkspace</name>
    <message>
        <source>known (epistatic pairs per trait: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (real data: figures rank estimates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)&lt;br&gt;Split: %8&lt;br&gt;Encoding: %9&lt;br&gt;True effects: %10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given for the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not render the figure to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GemmBenchmarkJob</name>
    <message>
        <source>Measure compute speed (%1 × %1 matrices)</source>
        <translation>测量计算速度（%1 × %1 矩阵）</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>%1 GFLOP/s on %2 with %3 threads</source>
        <translation>%1 GFLOP/s（%2，%3 个线程）</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language of menus and messages</source>
        <translation>菜单和消息的语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Automatic uses a CUDA GPU when one is present</source>
        <translation>“自动”模式下，如有 CUDA GPU 则使用它</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>Threads for model computations on the CPU</source>
        <translation>在 CPU 上进行模型计算所用的线程数</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Default width of exported figures</source>
        <translation>导出图表的默认宽度</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Default height of exported figures</source>
        <translation>导出图表的默认高度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Dots per inch recorded in exported PNG files</source>
        <translation>导出的 PNG 文件中记录的每英寸点数</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Default file format for figure export</source>
        <translation>导出图表时的默认文件格式</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG（位图）</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Base font size of figure text</source>
        <translation>图表文字的基准字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
</context>
<context>
    <name>locuscope</name>
    <message>
        <source>Export the Epistasis figures of a saved session or a locuscope-cli elm results folder, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Epistasis session (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results folder written by locuscope-cli elm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the figures (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated formats: png, svg, pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points at the DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution recorded in PNG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trait to draw: index from 1 or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair for the cluster plot: two locus indices from 1, e.g. 3,17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --session FILE or --results DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width and height must be 16–20000 pixels and DPI 10–2400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no results to draw (train and save the session first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trait &quot;%1&quot; (the results have %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pair needs two different locus indices between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::AboutDialog</name>
    <message>
        <source>About Locuscope</source>
        <translation>关于 Locuscope</translation>
    </message>
    <message>
        <source>no CUDA GPU found</source>
        <translation>未找到 CUDA GPU</translation>
    </message>
    <message>
        <source>not optimised: matrix products will be slow</source>
        <translation>未优化：矩阵乘法将会很慢</translation>
    </message>
    <message>
        <source>Deep-learning models of genetic variation: methylation, expression and epistasis, in one workbench.</source>
        <translation>遗传变异的深度学习模型：甲基化、表达与上位效应，集于一个工作台。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 / %2 个核心</translation>
    </message>
</context>
<context>
    <name>locuscope::AdditiveEffectsFigure</name>
    <message>
        <source>Fig 2 · Additive effects (ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig 2 · Additive effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Additive effects are the average sensitivity&lt;/h3&gt;&lt;p&gt;How much does the predicted phenotype change when one locus flips? For a model with additive effects β&lt;sub&gt;i&lt;/sub&gt; and pairwise epistasis β&lt;sub&gt;ij&lt;/sub&gt; the answer is&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The epistatic part changes sign with the partner&apos;s genotype x&lt;sub&gt;j&lt;/sub&gt; = ±1, so over a population it averages away, and the &lt;b&gt;mean sensitivity&lt;/b&gt; estimates the additive effect β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true effects exactly; the solid line is the least-squares fit (its slope) and r² is 1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. With heritability H² &amp;lt; 1 a perfect model recovers √H² of each effect, hence the truth is scaled by √H².&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank the loci by the size of their estimated additive effect.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean sensitivity ∂f/∂xᵢ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true additive effect βᵢ%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::DatasetPanel</name>
    <message>
        <source>Folder or file: *_train.hdf5, *_g.txt, *.bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one file of the dataset; its siblings are found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder holding one dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stored (HDF5 keeps its split; others head/tail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head/tail, as the pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random, seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No dataset open.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a genotype dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::ElmFigure</name>
    <message>
        <source>Trait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trait every figure shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all data again after zooming or dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what this figure means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × √H²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::ElmTrainingForm</name>
    <message>
        <source>Width of both hidden layers (the pub: 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW decoupled weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per optimiser step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper limit on training epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: epochs without improvement before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: smallest loss decrease that counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is halved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor applied to the learning rate on a plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the initial weights and batch order (replicate r adds r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set (as the pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation split of the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which samples decide learning-rate drops, early stopping and the restored epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the training samples held out for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H²: phenotypes become √H²·P + N(0, 1 − H²) noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models trained with their own seeds and noise draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the heritability noise (replicate r adds r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule and stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritability and replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pub defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every field to the published recipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisHeatmapFigure</name>
    <message>
        <source>Pairwise epistasis map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;All pairs at a glance&lt;/h3&gt;&lt;p&gt;Row i, column j holds the estimated interaction β̂&lt;sub&gt;ij&lt;/sub&gt; between loci i and j, read off the network&apos;s sensitivities:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Red cells are positive interactions (the two alleles together raise the phenotype more than their separate effects), blue cells negative ones; white is no interaction. The map is symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly interact in a simulation.&lt;/p&gt;&lt;p&gt;Click a cell to see that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interacting in the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locus j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locus i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisWorkspace</name>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a saved Epistasis session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dataset, model, results, settings and selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results folder of a `locuscope-cli elm` run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained network as .safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse saved model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the ELM analysis of a saved model on the open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figure in front as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every figure into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk from simulation to the four-genotype cluster plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ELM shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neural network learns to predict phenotypes from genotypes. Because this network has no biases and Leaky-ReLU units, its output is exactly &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: a linear map, different for each individual. The Jacobian J(x) holds the network&apos;s &lt;b&gt;sensitivities&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, and they carry the genetics: their mean is the additive effect, their spread comes from epistasis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Simulate a population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. Press &lt;b&gt;Simulate and open&lt;/b&gt;: the true effects are written too, so every estimate can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary lists samples, loci, traits and the train/test split, and whether true effects are known. You can open your own data here instead (HDF5, AlphaSimR text or PLINK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Train the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds the pub&apos;s recipe. For a quick look set &lt;b&gt;Max epochs&lt;/b&gt; to 10, then press &lt;b&gt;Train and analyse&lt;/b&gt;. Training runs in the background; you can keep exploring or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Loss curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch is the best one, restored when early stopping ends training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. J·x equals the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map reproduces the network exactly, so reading effects off J(x) loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Additive effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Averaged over individuals the epistatic part cancels (x&lt;sub&gt;j&lt;/sub&gt; averages to about 0), leaving β&lt;sub&gt;i&lt;/sub&gt;: the mean sensitivity should fall on the 1:1 line against the true additive effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Epistatic loci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variance of ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; over individuals is β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): zero for a purely additive locus, growing with the square of its interaction. Loci high on this plot are the candidates for epistasis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. All pairs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is the estimated β&lt;sub&gt;ij&lt;/sub&gt; for a pair of loci. &lt;b&gt;Click a bright cell&lt;/b&gt; to see that pair&apos;s four genotype clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Four genotype clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each individual is a point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloured by its genotype at the two loci. With epistasis the sensitivity to i shifts by 2β&lt;sub&gt;ij&lt;/sub&gt; when j flips: four separate clusters. Without it, the clusters collapse into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Keep and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come back to this exact view. &lt;code&gt;locuscope export-figures&lt;/code&gt; makes the same figures without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset first: a folder or one of its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the simulated dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate %1 individuals × %2 loci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or simulate a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and analyse ELM, %1 replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and analyse ELM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dataset the model should be analysed on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open results %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown figure format “%1” (png, svg, pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results folder of locuscope-cli elm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locuscope sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::ExportFigureDialog</name>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 cm at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save the figure to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::JobWorker</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
    <message>
        <source>Cancelled; no output was written</source>
        <translation>已取消；未写入任何输出</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>locuscope::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this job; it writes no output</source>
        <translation>停止此任务；它不会写入任何输出</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusEstimateFigure</name>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report holds no per-locus estimates for this trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locus, ranked (no simulated truth in these data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::LogDock</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
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
        <translation>甲基化</translation>
    </message>
    <message>
        <source>INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT</source>
        <translation>INTERACT（Zhou 等，PNAS 2022）与 Cell-type-INTERACT</translation>
    </message>
    <message>
        <source>Score single-nucleotide variants for their effect on CpG methylation. A variant&apos;s MRV score is the largest change in predicted methylation, |alt − ref|, over the CpGs within 1 kb of it.</source>
        <translation>评估单核苷酸变异对 CpG 甲基化的影响。变异的 MRV 分数是其周围 1 kb 内各 CpG 位点上预测甲基化的最大变化量 |alt − ref|。</translation>
    </message>
    <message>
        <source>Open a reference genome, VCF/BCF files, gene annotation and a methylation model</source>
        <translation>打开参考基因组、VCF/BCF 文件、基因注释和甲基化模型</translation>
    </message>
    <message>
        <source>Locus browser: predicted methylation for ref and alt, observed methylation, GWAS overlay</source>
        <translation>位点浏览器：ref 与 alt 的预测甲基化、观测甲基化、GWAS 叠加</translation>
    </message>
    <message>
        <source>Attributions for a CpG window: saliency, integrated gradients, in-silico mutagenesis, sequence logo</source>
        <translation>CpG 窗口的归因分析：显著性、积分梯度、in silico 诱变、序列标识图</translation>
    </message>
    <message>
        <source>Variant table with scores, filters and export to TSV and annotated VCF</source>
        <translation>变异表：含分数和筛选器，可导出为 TSV 和带注释的 VCF</translation>
    </message>
    <message>
        <source>Train or fine-tune on your own methylation data</source>
        <translation>在您自己的甲基化数据上训练或微调</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达</translation>
    </message>
    <message>
        <source>Seal: DeepSEA-Beluga chromatin features → TSS-distance bases → transfer MLP</source>
        <translation>Seal：DeepSEA-Beluga 染色质特征 → TSS 距离基函数 → 迁移 MLP</translation>
    </message>
    <message>
        <source>Predict how variants change gene expression across 802 brain contexts, and see why.</source>
        <translation>预测变异如何改变 802 种脑部情境下的基因表达，并了解其原因。</translation>
    </message>
    <message>
        <source>Variant effects on expression for every context, from a VCF</source>
        <translation>基于 VCF 计算变异在每种情境下对表达的影响</translation>
    </message>
    <message>
        <source>Six attribution methods: saliency, integrated gradients, DeepLIFT, GradientSHAP, KernelSHAP, LIME</source>
        <translation>六种归因方法：显著性、积分梯度、DeepLIFT、GradientSHAP、KernelSHAP、LIME</translation>
    </message>
    <message>
        <source>Train or fine-tune on expression matrices</source>
        <translation>在表达矩阵上训练或微调</translation>
    </message>
    <message>
        <source>Epistasis</source>
        <translation>上位效应</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Measure compute &amp;speed</source>
        <translation>测量计算速度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Locuscope</source>
        <translation>关于 Locuscope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 · %2 threads · BLAS: %3</source>
        <translation>%1 · %2 个线程 · BLAS：%3</translation>
    </message>
    <message>
        <source>Compute device, LibTorch threads and the BLAS library in use</source>
        <translation>计算设备、LibTorch 线程数以及所用的 BLAS 库</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit? Cancelled jobs write no output.</source>
        <translation>
            <numerusform>仍有 %n 个任务正在运行。是否取消这些任务并退出？已取消的任务不会写入任何输出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locuscope %1 ready: %2, %3 of %4 cores, LibTorch %5, BLAS %6</source>
        <translation>Locuscope %1 已就绪：%2，%3 / %4 个核心，LibTorch %5，BLAS %6</translation>
    </message>
    <message>
        <source>The BLAS library in use is not optimised; model computations will be slow. Install libopenblas0-pthread.</source>
        <translation>当前使用的 BLAS 库未经优化，模型计算将会很慢。请安装 libopenblas0-pthread。</translation>
    </message>
    <message>
        <source>&amp;Epistasis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::PairClusterFigure</name>
    <message>
        <source>Choose the pair of loci to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by estimated |β̂ᵢⱼ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by true |βᵢⱼ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a pair to plot its genotype clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of a locus pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistasis makes four clusters&lt;/h3&gt;&lt;p&gt;Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on the genotype at j, and the other way round:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample, placed by its two sensitivities and coloured by its genotypes at the two loci. With epistasis the samples fall into four clusters, one per genotype combination, shifted by ±β&lt;sub&gt;ij&lt;/sub&gt; along each axis (sometimes a parallelogram, because other loci add their own spread). Without epistasis the clusters sit on top of each other.&lt;/p&gt;&lt;p&gt;The crosses mark the class means; the estimate combines them:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), averaged over both loci.&lt;/p&gt;&lt;p&gt;Pick a pair above, click one in the list, or click a cell of the epistasis map. For diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no class and do not enter β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   β̂ = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (true %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These data have fewer than two loci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-sample sensitivities were not kept in this report.
Run the analysis again with &quot;keep sensitivities&quot; to see the genotype clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 −1, %2 −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 −1, %2 +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +1, %2 −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +1, %2 +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heterozygous at either locus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xᵢ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xⱼ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated βᵢⱼ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
true βᵢⱼ%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::PairwiseEpistasisFigure</name>
    <message>
        <source>Fig 6 · Pairwise epistasis estimates (ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig 10 · Pairwise epistasis, mean of %1 replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig 6 · Pairwise epistasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading every pairwise interaction off the network&lt;/h3&gt;&lt;p&gt;For each pair of loci (i, j) the test samples fall into four genotype classes. The mean sensitivity to locus i moves by 2β&lt;sub&gt;ij&lt;/sub&gt; when x&lt;sub&gt;j&lt;/sub&gt; flips from −1 to +1, so the four class means give&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, averaged with the same estimate from locus j.&lt;/p&gt;&lt;p&gt;Each point is one pair of loci. Most pairs do not interact (true β&lt;sub&gt;ij&lt;/sub&gt; = 0) and should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the least-squares line says how much of each interaction the network captured (the pub finds about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².&lt;/p&gt;&lt;p&gt;With several replicate models (fresh noise and initialisation each) the points are the mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which matters most at low heritability.&lt;/p&gt;&lt;p&gt;Click a point to show that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicate 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of %1 replicates ± sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locus pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true pairwise effect βᵢⱼ%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated βᵢⱼ (replicate mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2
%3 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epistatic pairs in the simulation for this trait: no fit
%1 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair rank by |estimated βᵢⱼ| (no simulated truth in these data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ± %1 (sd over replicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>(after restart)</source>
        <translation>（重启后生效）</translation>
    </message>
</context>
<context>
    <name>locuscope::ReconstructionFigure</name>
    <message>
        <source>Fig 1 · Linear reconstruction J(x)·x = f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The network is exactly linear around every genotype&lt;/h3&gt;&lt;p&gt;The network has no bias terms and uses Leaky-ReLU activations, so for each genotype &lt;i&gt;x&lt;/i&gt; it behaves like a linear map: its output equals its Jacobian (the sensitivity of the output to every locus) times the genotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample: the network&apos;s prediction across, the sum of its per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest gap shown in the box, float rounding only) mean the sensitivities are a complete, exact account of every prediction — the basis of all later figures.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report holds no test predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model output f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear reconstruction J(x)·x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |J(x)·x − f(x)| = %1
all traits: %2
n = %3 test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1
f(x) = %2
J(x)·x = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityPcaFigure</name>
    <message>
        <source>Principal components of the sensitivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which loci vary together?&lt;/h3&gt;&lt;p&gt;Every test sample has a sensitivity vector: how much the prediction would change per locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. PCA finds the directions in which these vectors differ most between samples.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, loadings w)&lt;/p&gt;&lt;p&gt;Purely additive loci have the same sensitivity in every genome and contribute nothing. An epistatic pair (i, j) makes ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; follow x&lt;sub&gt;j&lt;/sub&gt; and ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; follow x&lt;sub&gt;i&lt;/sub&gt;, so each interacting pair adds its own component of variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. The bars show the share of variance per component; the scatter places each locus by its loadings on the first two components — loci far from the origin drive them, and the partners of a strong pair load together.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report holds no PCA of the sensitivities for this trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance explained (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading on PC1 (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading on PC2 (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additive only (simulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an epistatic pair (simulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
PC1 loading %2
PC2 loading %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC%1: %2 % of the sensitivity variance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityVarianceFigure</name>
    <message>
        <source>Fig 3 · Candidate epistatic loci (sensitivity variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig 3 · Sensitivity variance and epistasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistatic loci have sensitivities that vary&lt;/h3&gt;&lt;p&gt;A purely additive locus has the same effect in every genome: its sensitivity ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; is a constant. A locus in an epistatic pair has an effect that depends on its partner&apos;s genotype:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; so &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for x&lt;sub&gt;j&lt;/sub&gt; = ±1 at allele frequency ½. So the variance of a locus&apos;s sensitivity over the population grows with the &lt;i&gt;square&lt;/i&gt; of its epistatic effect: the points should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank loci by sensitivity variance: the loci at the left are the best candidates for epistatic interactions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance of sensitivity Var(∂f/∂xᵢ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true epistatic effect βᵢⱼ of the locus&apos;s pair%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epistatic loci in the simulation for this trait: no fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = x² (perfect recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quadratic fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x² coefficient = %1, r² = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::SimulationForm</name>
    <message>
        <source>&lt;p&gt;Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pairs&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + noise&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The first sum is additive: each allele shifts P on its own. The second is epistasis: the effect of locus i depends on the allele at its partner j. The share of epistatic variance sets, per trait, how much of the genetic variance comes from the pairs (0 = purely additive).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of causal loci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loci / 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disjoint interacting pairs per trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per trait: epistatic variance / additive variance (0 = additive only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haploid (x = ±1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploid (x = dosage − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allele-1 frequencies are drawn uniformly between these bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H² = Var(G) / Var(P); 1 adds no environmental noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals (85 % train, 15 % test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlphaSimR text (g/p/eff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDF5 train/test pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistatic pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistatic share per trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ploidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min allele frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max allele frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">格式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epistatic share &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the simulated dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::TrainingCurvesFigure</name>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the network learned&lt;/h3&gt;&lt;p&gt;Each epoch the network sees every training sample once. The &lt;b&gt;training loss&lt;/b&gt; is the mean absolute error on the samples it learns from; the &lt;b&gt;monitored loss&lt;/b&gt; is the same error on samples it never trains on, and decides when to stop.&lt;/p&gt;&lt;p&gt;When the monitored loss stops improving for a few epochs the learning rate is halved (grey dashed lines). Training stops early when it has not improved by more than the minimum step for several epochs, and the weights of the &lt;b&gt;best epoch&lt;/b&gt; are restored: that is the model every other figure analyses.&lt;/p&gt;&lt;p&gt;Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network memorises noise instead of learning the genetic architecture.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no training history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training curves appear here while a model trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored loss (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch %1 (restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best epoch (restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stop after epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1
training loss %2
monitored loss %3
learning rate %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>此工作区即将推出的功能</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Locuscope: deep-learning models of genetic variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As first argument: export figures headless (see export-figures --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the bundled demo: open the ELM reference data and train on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this Epistasis session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this locuscope-cli elm results folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this Epistasis figure to the front (part of its id, e.g. fig5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this trait (index from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this pair of loci (indices from 1: i,j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write preferences in this INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG after the given delay, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
