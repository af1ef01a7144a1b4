<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EpistasisWorkspace</name>
    <message>
        <source>known (epistatic pairs per trait: %1)</source>
        <translation>已知（每个性状的上位效应位点对：%1）</translation>
    </message>
    <message>
        <source>unknown (real data: figures rank estimates)</source>
        <translation>未知（真实数据：图表对估计值进行排序）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)&lt;br&gt;Split: %8&lt;br&gt;Encoding: %9&lt;br&gt;True effects: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个样本（%3 个训练，%4 个测试）· %5 个位点 · %6 个性状（%7）&lt;br&gt;划分：%8&lt;br&gt;编码：%9&lt;br&gt;真实效应：%10</translation>
    </message>
</context>
<context>
    <name>ExportFiguresCommand</name>
    <message>
        <source>Results folder written by locuscope-cli elm</source>
        <translation>由 locuscope-cli elm 写入的结果文件夹</translation>
    </message>
    <message>
        <source>Folder for the figures (created if missing)</source>
        <translation>存放图表的文件夹（不存在时自动创建）</translation>
    </message>
    <message>
        <source>Comma-separated formats: png, svg, pdf</source>
        <translation>以逗号分隔的格式：png, svg, pdf</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points at the DPI</source>
        <translation>宽度，单位为像素（PNG）或按该 DPI 计算的点</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Resolution recorded in PNG files</source>
        <translation>PNG 文件中记录的分辨率</translation>
    </message>
    <message>
        <source>Trait to draw: index from 1 or name</source>
        <translation>要绘制的性状：从 1 开始的索引或名称</translation>
    </message>
    <message>
        <source>Pair for the cluster plot: two locus indices from 1, e.g. 3,17</source>
        <translation>聚类图所用的位点对：两个从 1 开始的位点索引，例如 3,17</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>give exactly one of --session FILE or --results DIR</source>
        <translation>必须且只能指定 --session FILE 或 --results DIR 之一</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须指定 --out DIR</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf)</source>
        <translation>未知格式“%1”（png, svg, pdf）</translation>
    </message>
    <message>
        <source>width and height must be 16–20000 pixels and DPI 10–2400</source>
        <translation>宽度和高度必须为 16–20000 像素，DPI 必须为 10–2400</translation>
    </message>
    <message>
        <source>%1 holds no results to draw (train and save the session first)</source>
        <translation>%1 中没有可绘制的结果（请先训练并保存会话）</translation>
    </message>
    <message>
        <source>no trait &quot;%1&quot; (the results have %2)</source>
        <translation>没有性状“%1”（结果中包含 %2）</translation>
    </message>
    <message>
        <source>--pair needs two different locus indices between 1 and %1</source>
        <translation>--pair 需要两个介于 1 到 %1 之间的不同位点索引</translation>
    </message>
    <message>
        <source>Export the figures of a saved session (Epistasis or Methylation) or of a locuscope-cli elm results folder, without a display.</source>
        <translation>无界面导出已保存会话（上位效应或甲基化）或 locuscope-cli elm 结果文件夹中的图表。</translation>
    </message>
    <message>
        <source>Saved Epistasis or Methylation session (.json)</source>
        <translation>已保存的上位效应或甲基化会话（.json）</translation>
    </message>
    <message>
        <source>Methylation sessions: the locus to draw (gene, chr:start-end, chr:pos or variant ID) instead of the saved one</source>
        <translation>甲基化会话：要绘制的位点（基因、chr:起始-终止、chr:位置或变异 ID），用于替代已保存的位点</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>图表尺寸必须为 16–20000 px，分辨率必须为 10–4800 dpi</translation>
    </message>
    <message>
        <source>No file name given for the figure</source>
        <translation>未指定图表的文件名</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not render the figure to %1</source>
        <translation>无法将图表渲染到 %1</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
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
    <name>MethylationFigureExport</name>
    <message>
        <source>the session&apos;s jobs did not finish within 10 minutes</source>
        <translation>会话的任务未在 10 分钟内完成</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
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
    <message>
        <source>in use for ELM training</source>
        <translation>已用于 ELM 训练</translation>
    </message>
    <message>
        <source>not found (ELM training uses LibTorch&apos;s products)</source>
        <translation>未找到（ELM 训练使用 LibTorch 的矩阵乘法）</translation>
    </message>
</context>
<context>
    <name>locuscope::AdditiveEffectsFigure</name>
    <message>
        <source>Fig 2 · Additive effects (ranked)</source>
        <translation>图 2 · 加性效应（排序）</translation>
    </message>
    <message>
        <source>Fig 2 · Additive effects</source>
        <translation>图 2 · 加性效应</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Additive effects are the average sensitivity&lt;/h3&gt;&lt;p&gt;How much does the predicted phenotype change when one locus flips? For a model with additive effects β&lt;sub&gt;i&lt;/sub&gt; and pairwise epistasis β&lt;sub&gt;ij&lt;/sub&gt; the answer is&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The epistatic part changes sign with the partner&apos;s genotype x&lt;sub&gt;j&lt;/sub&gt; = ±1, so over a population it averages away, and the &lt;b&gt;mean sensitivity&lt;/b&gt; estimates the additive effect β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true effects exactly; the solid line is the least-squares fit (its slope) and r² is 1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. With heritability H² &amp;lt; 1 a perfect model recovers √H² of each effect, hence the truth is scaled by √H².&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank the loci by the size of their estimated additive effect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;加性效应即平均敏感度&lt;/h3&gt;&lt;p&gt;当一个位点翻转时，预测表型会改变多少？对于具有加性效应 β&lt;sub&gt;i&lt;/sub&gt; 和成对上位效应 β&lt;sub&gt;ij&lt;/sub&gt; 的模型，答案是&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;上位部分随伙伴位点的基因型 x&lt;sub&gt;j&lt;/sub&gt; = ±1 改变符号，因此在群体中平均后相互抵消，&lt;b&gt;平均敏感度&lt;/b&gt;即可估计加性效应 β&lt;sub&gt;i&lt;/sub&gt;。&lt;/p&gt;&lt;p&gt;每个点代表一个位点。点落在 1:1 虚线上，表示网络准确恢复了真实效应；实线是最小二乘拟合（其斜率），r² 为 1 − Σ(真实值 − 估计值)² / Σ(真实值 − 均值)²，因此斜率偏离 1 时它也会下降。当遗传力 H² &amp;lt; 1 时，完美模型只能恢复每个效应的 √H²，因此真实值按 √H² 缩放。&lt;/p&gt;&lt;p&gt;没有模拟真实值时，条形图按估计加性效应的大小对位点排序。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>mean sensitivity ∂f/∂xᵢ</source>
        <translation>平均敏感度 ∂f/∂xᵢ</translation>
    </message>
    <message>
        <source>true additive effect βᵢ%1</source>
        <translation>真实加性效应 βᵢ%1</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1（完美恢复）</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>最小二乘拟合</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2</source>
        <translation>斜率 = %1，r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::DatasetPanel</name>
    <message>
        <source>Folder or file: *_train.hdf5, *_g.txt, *.bed</source>
        <translation>文件夹或文件：*_train.hdf5、*_g.txt、*.bed</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Choose one file of the dataset; its siblings are found</source>
        <translation>选择数据集中的一个文件；同组的其他文件会被自动找到</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Choose a folder holding one dataset</source>
        <translation>选择包含一个数据集的文件夹</translation>
    </message>
    <message>
        <source>As stored (HDF5 keeps its split; others head/tail)</source>
        <translation>按存储方式（HDF5 保留其划分；其他按首部/尾部）</translation>
    </message>
    <message>
        <source>Head/tail, as the pub</source>
        <translation>首部/尾部，与原论文相同</translation>
    </message>
    <message>
        <source>Random, seeded</source>
        <translation>随机（指定种子）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>划分种子</translation>
    </message>
    <message>
        <source>&lt;i&gt;No dataset open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未打开数据集。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a genotype dataset</source>
        <translation>打开基因型数据集</translation>
    </message>
    <message>
        <source>Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)</source>
        <translation>基因型数据集 (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmFigure</name>
    <message>
        <source>Trait:</source>
        <translation>性状：</translation>
    </message>
    <message>
        <source>The trait every figure shows</source>
        <translation>所有图表显示的性状</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Show all data again after zooming or dragging</source>
        <translation>缩放或拖动后重新显示全部数据</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF</source>
        <translation>将此图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Show or hide what this figure means</source>
        <translation>显示或隐藏此图表的含义说明</translation>
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
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmTrainingForm</name>
    <message>
        <source>Width of both hidden layers (the pub: 1024)</source>
        <translation>两个隐藏层的宽度（原论文：1024）</translation>
    </message>
    <message>
        <source>AdamW learning rate</source>
        <translation>AdamW 学习率</translation>
    </message>
    <message>
        <source>AdamW decoupled weight decay</source>
        <translation>AdamW 解耦权重衰减</translation>
    </message>
    <message>
        <source>Samples per optimiser step</source>
        <translation>每个优化器步骤的样本数</translation>
    </message>
    <message>
        <source>Upper limit on training epochs</source>
        <translation>训练轮次（epoch）的上限</translation>
    </message>
    <message>
        <source>Early stopping: epochs without improvement before stopping</source>
        <translation>早停：停止前允许无改善的轮次数</translation>
    </message>
    <message>
        <source>Early stopping: smallest loss decrease that counts</source>
        <translation>早停：计为改善的最小损失下降量</translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is halved</source>
        <translation>学习率减半前允许无改善的轮次数</translation>
    </message>
    <message>
        <source>Factor applied to the learning rate on a plateau</source>
        <translation>进入平台期时对学习率应用的系数</translation>
    </message>
    <message>
        <source>Seed of the initial weights and batch order (replicate r adds r)</source>
        <translation>初始权重和批次顺序的随机种子（第 r 次重复加上 r）</translation>
    </message>
    <message>
        <source>Test set (as the pub)</source>
        <translation>测试集（与原论文相同）</translation>
    </message>
    <message>
        <source>Validation split of the training data</source>
        <translation>从训练数据中划分的验证集</translation>
    </message>
    <message>
        <source>Which samples decide learning-rate drops, early stopping and the restored epoch</source>
        <translation>由哪些样本决定学习率下降、早停以及恢复的轮次</translation>
    </message>
    <message>
        <source>Share of the training samples held out for validation</source>
        <translation>留作验证的训练样本比例</translation>
    </message>
    <message>
        <source>H²: phenotypes become √H²·P + N(0, 1 − H²) noise</source>
        <translation>H²：表型变为 √H²·P + N(0, 1 − H²) 噪声</translation>
    </message>
    <message>
        <source>Models trained with their own seeds and noise draws</source>
        <translation>使用各自随机种子和噪声抽样训练的模型</translation>
    </message>
    <message>
        <source>Seed of the heritability noise (replicate r adds r)</source>
        <translation>遗传力噪声的随机种子（第 r 次重复加上 r）</translation>
    </message>
    <message>
        <source>Network and optimiser</source>
        <translation>网络与优化器</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Schedule and stopping</source>
        <translation>调度与停止</translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation>最大轮次</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>耐心值</translation>
    </message>
    <message>
        <source>Min delta</source>
        <translation>最小变化量</translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation>学习率耐心值</translation>
    </message>
    <message>
        <source>LR factor</source>
        <translation>学习率系数</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Heritability and replicates</source>
        <translation>遗传力与重复</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>噪声种子</translation>
    </message>
    <message>
        <source>Pub defaults</source>
        <translation>原论文默认值</translation>
    </message>
    <message>
        <source>Reset every field to the published recipe</source>
        <translation>将所有字段重置为原论文的配方</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisHeatmapFigure</name>
    <message>
        <source>Pairwise epistasis map</source>
        <translation>成对上位效应图</translation>
    </message>
    <message>
        <source>&lt;h3&gt;All pairs at a glance&lt;/h3&gt;&lt;p&gt;Row i, column j holds the estimated interaction β̂&lt;sub&gt;ij&lt;/sub&gt; between loci i and j, read off the network&apos;s sensitivities:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Red cells are positive interactions (the two alleles together raise the phenotype more than their separate effects), blue cells negative ones; white is no interaction. The map is symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly interact in a simulation.&lt;/p&gt;&lt;p&gt;Click a cell to see that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一览所有位点对&lt;/h3&gt;&lt;p&gt;第 i 行第 j 列为位点 i 与 j 之间估计的相互作用 β̂&lt;sub&gt;ij&lt;/sub&gt;，由网络的敏感度读出：&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;红色单元格为正向相互作用（两个等位基因同时存在时对表型的提升大于各自效应之和），蓝色单元格为负向相互作用；白色表示无相互作用。该图是对称的，对角线（位点与自身）为灰色。圆圈标出模拟中真正存在相互作用的位点对。&lt;/p&gt;&lt;p&gt;单击某个单元格可查看该位点对的基因型聚类。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>运行 ELM 分析以查看其图表。</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>报告中没有该性状的成对估计值。</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>估计的 βᵢⱼ</translation>
    </message>
    <message>
        <source>interacting in the simulation</source>
        <translation>模拟中存在相互作用</translation>
    </message>
    <message>
        <source>locus j</source>
        <translation>位点 j</translation>
    </message>
    <message>
        <source>locus i</source>
        <translation>位点 i</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>真实 βᵢⱼ%1 = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisWorkspace</name>
    <message>
        <source>Open session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <source>Restore a saved Epistasis session</source>
        <translation>恢复已保存的上位效应会话</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>保存会话…</translation>
    </message>
    <message>
        <source>Save dataset, model, results, settings and selection</source>
        <translation>保存数据集、模型、结果、设置和当前选择</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>打开结果…</translation>
    </message>
    <message>
        <source>Show the results folder of a `locuscope-cli elm` run</source>
        <translation>显示 `locuscope-cli elm` 运行的结果文件夹</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Save the trained network as .safetensors</source>
        <translation>将训练好的网络保存为 .safetensors</translation>
    </message>
    <message>
        <source>Analyse saved model…</source>
        <translation>分析已保存的模型…</translation>
    </message>
    <message>
        <source>Run the ELM analysis of a saved model on the open dataset</source>
        <translation>在已打开的数据集上对已保存的模型运行 ELM 分析</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export the figure in front as PNG, SVG or PDF</source>
        <translation>将当前显示的图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation>导出所有图表…</translation>
    </message>
    <message>
        <source>Export every figure into a folder</source>
        <translation>将每个图表导出到一个文件夹</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>引导教程</translation>
    </message>
    <message>
        <source>A walk from simulation to the four-genotype cluster plot</source>
        <translation>从模拟到四基因型聚类图的逐步讲解</translation>
    </message>
    <message>
        <source>Train and analyse</source>
        <translation>训练并分析</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>What ELM shows</source>
        <translation>ELM 展示了什么</translation>
    </message>
    <message>
        <source>A neural network learns to predict phenotypes from genotypes. Because this network has no biases and Leaky-ReLU units, its output is exactly &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: a linear map, different for each individual. The Jacobian J(x) holds the network&apos;s &lt;b&gt;sensitivities&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, and they carry the genetics: their mean is the additive effect, their spread comes from epistasis.</source>
        <translation>神经网络学习由基因型预测表型。由于该网络没有偏置项且使用 Leaky-ReLU 单元，其输出恰好为 &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;：一个对每个个体各不相同的线性映射。雅可比矩阵 J(x) 包含网络的&lt;b&gt;敏感度&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;，它们承载着遗传信息：其均值即加性效应，其离散程度来自上位效应。</translation>
    </message>
    <message>
        <source>1. Simulate a population</source>
        <translation>1. 模拟一个群体</translation>
    </message>
    <message>
        <source>Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. Press &lt;b&gt;Simulate and open&lt;/b&gt;: the true effects are written too, so every estimate can be checked.</source>
        <translation>选择位点、相互作用的位点对，以及每个性状的遗传方差中有多少来自上位效应。点击&lt;b&gt;模拟并打开&lt;/b&gt;：真实效应也会一并写出，因此每个估计值都可以检验。</translation>
    </message>
    <message>
        <source>2. The dataset</source>
        <translation>2. 数据集</translation>
    </message>
    <message>
        <source>The summary lists samples, loci, traits and the train/test split, and whether true effects are known. You can open your own data here instead (HDF5, AlphaSimR text or PLINK).</source>
        <translation>摘要列出样本、位点、性状和训练/测试划分，以及真实效应是否已知。您也可以在此打开自己的数据（HDF5、AlphaSimR 文本或 PLINK）。</translation>
    </message>
    <message>
        <source>3. Train the network</source>
        <translation>3. 训练网络</translation>
    </message>
    <message>
        <source>The form holds the pub&apos;s recipe. For a quick look set &lt;b&gt;Max epochs&lt;/b&gt; to 10, then press &lt;b&gt;Train and analyse&lt;/b&gt;. Training runs in the background; you can keep exploring or cancel.</source>
        <translation>表单中已填入原论文的配方。若想快速查看，请将&lt;b&gt;最大轮次&lt;/b&gt;设为 10，然后点击&lt;b&gt;训练并分析&lt;/b&gt;。训练在后台运行；您可以继续浏览或取消。</translation>
    </message>
    <message>
        <source>4. Loss curves</source>
        <translation>4. 损失曲线</translation>
    </message>
    <message>
        <source>Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch is the best one, restored when early stopping ends training.</source>
        <translation>每个轮次的训练损失和监控损失。虚线标出学习率下降的位置；标记的轮次为最佳轮次，早停结束训练时会恢复到该轮次。</translation>
    </message>
    <message>
        <source>5. J·x equals the output</source>
        <translation>5. J·x 等于输出</translation>
    </message>
    <message>
        <source>Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map reproduces the network exactly, so reading effects off J(x) loses nothing.</source>
        <translation>每个点是一个测试个体。所有点都落在 1:1 线上：个体层面的线性映射精确再现了网络，因此从 J(x) 读取效应不会丢失任何信息。</translation>
    </message>
    <message>
        <source>6. Additive effects</source>
        <translation>6. 加性效应</translation>
    </message>
    <message>
        <source>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Averaged over individuals the epistatic part cancels (x&lt;sub&gt;j&lt;/sub&gt; averages to about 0), leaving β&lt;sub&gt;i&lt;/sub&gt;: the mean sensitivity should fall on the 1:1 line against the true additive effect.</source>
        <translation>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;。对个体取平均后，上位部分相互抵消（x&lt;sub&gt;j&lt;/sub&gt; 的均值约为 0），只剩下 β&lt;sub&gt;i&lt;/sub&gt;：平均敏感度与真实加性效应相比应落在 1:1 线上。</translation>
    </message>
    <message>
        <source>7. Epistatic loci</source>
        <translation>7. 上位效应位点</translation>
    </message>
    <message>
        <source>The variance of ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; over individuals is β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): zero for a purely additive locus, growing with the square of its interaction. Loci high on this plot are the candidates for epistasis.</source>
        <translation>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; 在个体间的方差为 β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;)：纯加性位点为零，并随其相互作用的平方增大。此图中位置较高的位点即为上位效应的候选位点。</translation>
    </message>
    <message>
        <source>8. All pairs at once</source>
        <translation>8. 一次查看所有位点对</translation>
    </message>
    <message>
        <source>Each cell is the estimated β&lt;sub&gt;ij&lt;/sub&gt; for a pair of loci. &lt;b&gt;Click a bright cell&lt;/b&gt; to see that pair&apos;s four genotype clusters.</source>
        <translation>每个单元格是一对位点的估计 β&lt;sub&gt;ij&lt;/sub&gt;。&lt;b&gt;单击颜色鲜明的单元格&lt;/b&gt;可查看该位点对的四个基因型聚类。</translation>
    </message>
    <message>
        <source>9. Four genotype clusters</source>
        <translation>9. 四个基因型聚类</translation>
    </message>
    <message>
        <source>Each individual is a point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloured by its genotype at the two loci. With epistasis the sensitivity to i shifts by 2β&lt;sub&gt;ij&lt;/sub&gt; when j flips: four separate clusters. Without it, the clusters collapse into one.</source>
        <translation>每个个体是一个点 (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;)，按其在两个位点上的基因型着色。存在上位效应时，j 翻转会使对 i 的敏感度偏移 2β&lt;sub&gt;ij&lt;/sub&gt;：形成四个分离的聚类。若无上位效应，这些聚类会重合为一个。</translation>
    </message>
    <message>
        <source>10. Keep and share</source>
        <translation>10. 保存与分享</translation>
    </message>
    <message>
        <source>Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come back to this exact view. &lt;code&gt;locuscope export-figures&lt;/code&gt; makes the same figures without a display.</source>
        <translation>可将任意图表导出为 PNG（可设尺寸和 DPI）、SVG 或 PDF，也可一次全部导出；保存会话即可回到完全相同的视图。&lt;code&gt;locuscope export-figures&lt;/code&gt; 无需显示器即可生成相同的图表。</translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, or cancel it.</source>
        <translation>请等待“%1”完成，或将其取消。</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>“%1”已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Choose a dataset first: a folder or one of its files.</source>
        <translation>请先选择数据集：一个文件夹或其中的某个文件。</translation>
    </message>
    <message>
        <source>Open dataset %1</source>
        <translation>打开数据集 %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在读取…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose a folder for the simulated dataset.</source>
        <translation>请为模拟数据集选择一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Simulate %1 individuals × %2 loci</source>
        <translation>模拟 %1 个个体 × %2 个位点</translation>
    </message>
    <message>
        <source>Open or simulate a dataset first.</source>
        <translation>请先打开或模拟一个数据集。</translation>
    </message>
    <message>
        <source>Train and analyse ELM, %1 replicates</source>
        <translation>训练并分析 ELM，%1 次重复</translation>
    </message>
    <message>
        <source>Train and analyse ELM</source>
        <translation>训练并分析 ELM</translation>
    </message>
    <message>
        <source>Open the dataset the model should be analysed on first.</source>
        <translation>请先打开用于分析该模型的数据集。</translation>
    </message>
    <message>
        <source>Analyse model %1</source>
        <translation>分析模型 %1</translation>
    </message>
    <message>
        <source>Open results %1</source>
        <translation>打开结果 %1</translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation>尚无可保存的已训练模型。</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>模型已保存到 %1</translation>
    </message>
    <message>
        <source>Save session %1</source>
        <translation>保存会话 %1</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>会话已保存到 %1</translation>
    </message>
    <message>
        <source>Open session %1</source>
        <translation>打开会话 %1</translation>
    </message>
    <message>
        <source>Unknown figure format “%1” (png, svg, pdf)</source>
        <translation>未知的图表格式“%1”（png, svg, pdf）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation>存放图表的文件夹</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Analyse a saved model</source>
        <translation>分析已保存的模型</translation>
    </message>
    <message>
        <source>Results folder of locuscope-cli elm</source>
        <translation>locuscope-cli elm 的结果文件夹</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Locuscope sessions (*.json)</source>
        <translation>Locuscope 会话 (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
</context>
<context>
    <name>locuscope::ExportFigureDialog</name>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation>PNG 图像（位图）</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 绘图（矢量）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 × %2 cm at %3 dpi</source>
        <translation>%1 × %2 cm，%3 dpi</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to save the figure to.</source>
        <translation>请选择用于保存图表的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>locuscope::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>End tour</source>
        <translation>结束教程</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
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
        <translation>运行 ELM 分析以查看其图表。</translation>
    </message>
    <message>
        <source>The report holds no per-locus estimates for this trait.</source>
        <translation>报告中没有该性状的逐位点估计值。</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负</translation>
    </message>
    <message>
        <source>locus, ranked (no simulated truth in these data)</source>
        <translation>位点，按排序（这些数据中没有模拟真实值）</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusTrackPanel</name>
    <message>
        <source>Genes</source>
        <translation>基因</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变异</translation>
    </message>
    <message>
        <source>Predicted
methylation</source>
        <translation>预测
甲基化</translation>
    </message>
    <message>
        <source>Δ methylation
(alt − ref)</source>
        <translation>Δ 甲基化
（alt − ref）</translation>
    </message>
    <message>
        <source>Observed
methylation</source>
        <translation>观测
甲基化</translation>
    </message>
    <message>
        <source>GWAS
−log10(p)</source>
        <translation>GWAS
−log10(p)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>归因</translation>
    </message>
    <message>
        <source>ISM</source>
        <translation>ISM</translation>
    </message>
    <message>
        <source>Sequence
logo</source>
        <translation>序列
标识图</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>alternative (variant)</source>
        <translation>替代（变异）</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>%1 position (attribution window)</source>
        <translation>%1 位置（归因窗口）</translation>
    </message>
    <message>
        <source>integrated gradients (sum over bases)</source>
        <translation>积分梯度（碱基求和）</translation>
    </message>
    <message>
        <source>saliency (gradient × input)</source>
        <translation>显著性（梯度 × 输入）</translation>
    </message>
    <message>
        <source>Δ prediction</source>
        <translation>Δ 预测值</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <source>gradient × input</source>
        <translation>梯度 × 输入</translation>
    </message>
    <message>
        <source>%1 position</source>
        <translation>%1 位置</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <translation>%1
%2 = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1 (%2)
TSS %3:%4, strand %5</source>
        <translation>%1（%2）
TSS %3:%4，链 %5</translation>
    </message>
    <message>
        <source>CpG %1:%2 (%3)
reference %4</source>
        <translation>CpG %1:%2（%3）
参考 %4</translation>
    </message>
    <message>
        <source>
alternative %1, Δ %2</source>
        <translation>
替代 %1，Δ %2</translation>
    </message>
    <message>
        <source>%1:%2
β %3</source>
        <translation>%1:%2
β %3</translation>
    </message>
    <message>
        <source>, coverage %1</source>
        <translation>，覆盖度 %1</translation>
    </message>
    <message>
        <source>%1
p = %2, MRV %3</source>
        <translation>%1
p = %2，MRV %3</translation>
    </message>
    <message>
        <source>%1:%2 %3</source>
        <translation>%1:%2 %3</translation>
    </message>
    <message>
        <source>
gradient × input %1</source>
        <translation>
梯度 × 输入 %1</translation>
    </message>
    <message>
        <source>
integrated gradients %1</source>
        <translation>
积分梯度 %1</translation>
    </message>
    <message>
        <source>
ISM A %1, C %2, G %3, T %4</source>
        <translation>
ISM A %1，C %2，G %3，T %4</translation>
    </message>
    <message>
        <source>Unknown track %1</source>
        <translation>未知轨道 %1</translation>
    </message>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>图表尺寸必须为 16–20000 px，分辨率必须为 10–4800 dpi</translation>
    </message>
    <message>
        <source>There are no tracks to export</source>
        <translation>没有可导出的轨道</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Locus tracks %1:%2-%3</source>
        <translation>位点轨道 %1:%2-%3</translation>
    </message>
    <message>
        <source>Could not render the tracks to %1</source>
        <translation>无法将轨道渲染到 %1</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
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
        <translation>上位效应(&amp;E)</translation>
    </message>
</context>
<context>
    <name>locuscope::MethylationWorkspace</name>
    <message>
        <source>Locuscope did not close cleanly last time. &lt;a href=&quot;recover&quot;&gt;Restore the autosaved methylation session&lt;/a&gt;.</source>
        <translation>Locuscope 上次未正常关闭。&lt;a href=&quot;recover&quot;&gt;恢复自动保存的甲基化会话&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Methylation&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT: how single-nucleotide variants change CpG methylation. A variant&apos;s MRV score is the largest |alt − ref| of predicted methylation over the CpGs within 1 kb.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;甲基化&lt;/h2&gt;&lt;p&gt;INTERACT（Zhou et al., PNAS 2022）和 Cell-type-INTERACT：单核苷酸变异如何改变 CpG 甲基化。变异的 MRV 评分是其 1 kb 范围内各 CpG 预测甲基化 |alt − ref| 的最大值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo locus</source>
        <translation>打开演示位点</translation>
    </message>
    <message>
        <source>A synthetic genome with planted CpG islands and motifs, a small model trained on it, genes, variants and GWAS statistics</source>
        <translation>植入了 CpG 岛和基序的合成基因组、在其上训练的小型模型、基因、变异和 GWAS 统计量</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Reference genome (FASTA)…</source>
        <translation>参考基因组（FASTA）…</translation>
    </message>
    <message>
        <source>Variants (VCF/BCF)…</source>
        <translation>变异（VCF/BCF）…</translation>
    </message>
    <message>
        <source>Genes (BED/GTF)…</source>
        <translation>基因（BED/GTF）…</translation>
    </message>
    <message>
        <source>Methylation model…</source>
        <translation>甲基化模型…</translation>
    </message>
    <message>
        <source>Observed methylation…</source>
        <translation>观测甲基化…</translation>
    </message>
    <message>
        <source>GWAS summary statistics…</source>
        <translation>GWAS 汇总统计量…</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>会话…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>保存会话…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Gene, chr:start-end, chr:pos or variant ID</source>
        <translation>基因、chr:起始-终止、chr:位置或变异 ID</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Next top variant</source>
        <translation>下一个高分变异</translation>
    </message>
    <message>
        <source>Select the scored variant with the next highest MRV score</source>
        <translation>选择 MRV 评分次高的已评分变异</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score selection</source>
        <translation>为所选变异评分</translation>
    </message>
    <message>
        <source>Score locus</source>
        <translation>为位点评分</translation>
    </message>
    <message>
        <source>Score whole VCF</source>
        <translation>为整个 VCF 评分</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Track panel as figure…</source>
        <translation>轨道面板导出为图表…</translation>
    </message>
    <message>
        <source>One track as figure…</source>
        <translation>单个轨道导出为图表…</translation>
    </message>
    <message>
        <source>Scores as TSV…</source>
        <translation>评分导出为 TSV…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>导出评分</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Scored variants as annotated VCF…</source>
        <translation>已评分变异导出为注释 VCF…</translation>
    </message>
    <message>
        <source>Export annotated VCF</source>
        <translation>导出注释 VCF</translation>
    </message>
    <message>
        <source>VCF (*.vcf *.vcf.gz *.bcf)</source>
        <translation>VCF (*.vcf *.vcf.gz *.bcf)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变异</translation>
    </message>
    <message>
        <source>The open VCF shown in the table and on the variants track</source>
        <translation>在表格和变异轨道中显示的已打开 VCF</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>Filter: ID, contig, chr:start-end</source>
        <translation>筛选：ID、contig、chr:起始-终止</translation>
    </message>
    <message>
        <source>SNVs</source>
        <translation>SNV</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>REF mismatches</source>
        <translation>REF 不一致</translation>
    </message>
    <message>
        <source>MRV ≥ </source>
        <translation>MRV ≥ </translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>“%1”已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Open reference %1</source>
        <translation>打开参考基因组 %1</translation>
    </message>
    <message>
        <source>Open variants %1 (first records)</source>
        <translation>打开变异 %1（前几条记录）</translation>
    </message>
    <message>
        <source>Open variants %1</source>
        <translation>打开变异 %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n variant(s) while the rest of %1 is read…</source>
        <translation>
            <numerusform>正在读取 %1 的其余部分，先显示前 %n 个变异…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open genes %1</source>
        <translation>打开基因 %1</translation>
    </message>
    <message>
        <source>Open observed methylation %1</source>
        <translation>打开观测甲基化 %1</translation>
    </message>
    <message>
        <source>Open GWAS statistics %1</source>
        <translation>打开 GWAS 统计量 %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: the reference has no contig “%2”</source>
        <translation>%1：参考基因组中没有 contig“%2”</translation>
    </message>
    <message>
        <source>%1: past the end of %2 (%3 bp)</source>
        <translation>%1：超出 %2 的末端（%3 bp）</translation>
    </message>
    <message>
        <source>“%1” is not a region, a gene in the open annotation or a variant ID in the open VCF.</source>
        <translation>“%1”不是区域，也不是已打开注释中的基因或已打开 VCF 中的变异 ID。</translation>
    </message>
    <message>
        <source>No scored variant to go to: score the locus or the VCF first.</source>
        <translation>没有可跳转的已评分变异：请先为位点或 VCF 评分。</translation>
    </message>
    <message>
        <source>Zoom in to at most %1 kb to see predicted methylation.</source>
        <translation>请放大至最多 %1 kb 以查看预测甲基化。</translation>
    </message>
    <message>
        <source>Predict methylation %1</source>
        <translation>预测 %1 的甲基化</translation>
    </message>
    <message>
        <source>Attributions at %1</source>
        <translation>%1 处的归因</translation>
    </message>
    <message>
        <source>Scoring needs a reference genome, a VCF and a methylation model.</source>
        <translation>评分需要参考基因组、VCF 和甲基化模型。</translation>
    </message>
    <message>
        <source>Scored %1 SNVs (%2 without a CpG within reach). %3</source>
        <translation>已为 %1 个 SNV 评分（其中 %2 个在范围内没有 CpG）。%3</translation>
    </message>
    <message>
        <source>Select one or more variants in the table first.</source>
        <translation>请先在表格中选择一个或多个变异。</translation>
    </message>
    <message numerus="yes">
        <source>Score %n selected variant(s)</source>
        <translation>
            <numerusform>为 %n 个所选变异评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to a locus first.</source>
        <translation>请先跳转到一个位点。</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>为 %1 评分</translation>
    </message>
    <message>
        <source>Score the whole VCF</source>
        <translation>为整个 VCF 评分</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scored variant(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个已评分变异写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scored yet: score a selection, the locus or the VCF first.</source>
        <translation>尚未评分：请先为所选变异、位点或 VCF 评分。</translation>
    </message>
    <message>
        <source>Export annotated VCF %1</source>
        <translation>导出注释 VCF %1</translation>
    </message>
    <message>
        <source>Could not export the figure: %1</source>
        <translation>无法导出图表：%1</translation>
    </message>
    <message>
        <source>Could not export the track: %1</source>
        <translation>无法导出轨道：%1</translation>
    </message>
    <message>
        <source>%1: the session refers to %2, which does not exist</source>
        <translation>%1：会话引用的 %2 不存在</translation>
    </message>
    <message>
        <source>Read saved scores</source>
        <translation>读取已保存的评分</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考基因组</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>基因</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测</translation>
    </message>
    <message>
        <source>GWAS</source>
        <translation>GWAS</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 个变异</numerusform>
        </translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Locuscope session (*.json)</source>
        <translation>Locuscope 会话 (*.json)</translation>
    </message>
</context>
<context>
    <name>locuscope::PairClusterFigure</name>
    <message>
        <source>Choose the pair of loci to plot</source>
        <translation>选择要绘制的位点对</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>位点对：</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>排名靠前的位点对</translation>
    </message>
    <message>
        <source>by estimated |β̂ᵢⱼ|</source>
        <translation>按估计的 |β̂ᵢⱼ|</translation>
    </message>
    <message>
        <source>by true |βᵢⱼ|</source>
        <translation>按真实的 |βᵢⱼ|</translation>
    </message>
    <message>
        <source>Click a pair to plot its genotype clusters</source>
        <translation>单击位点对以绘制其基因型聚类</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of a locus pair</source>
        <translation>图 5 · 位点对的基因型聚类</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of %1</source>
        <translation>图 5 · %1 的基因型聚类</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistasis makes four clusters&lt;/h3&gt;&lt;p&gt;Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on the genotype at j, and the other way round:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample, placed by its two sensitivities and coloured by its genotypes at the two loci. With epistasis the samples fall into four clusters, one per genotype combination, shifted by ±β&lt;sub&gt;ij&lt;/sub&gt; along each axis (sometimes a parallelogram, because other loci add their own spread). Without epistasis the clusters sit on top of each other.&lt;/p&gt;&lt;p&gt;The crosses mark the class means; the estimate combines them:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), averaged over both loci.&lt;/p&gt;&lt;p&gt;Pick a pair above, click one in the list, or click a cell of the epistasis map. For diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no class and do not enter β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;上位效应形成四个聚类&lt;/h3&gt;&lt;p&gt;取两个存在相互作用的位点 i 和 j。表型对位点 i 的敏感度取决于 j 处的基因型，反之亦然：&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每个点是一个测试样本，按其两个敏感度定位，并按其在两个位点上的基因型着色。存在上位效应时，样本分为四个聚类，每种基因型组合一个，沿每个轴偏移 ±β&lt;sub&gt;ij&lt;/sub&gt;（有时呈平行四边形，因为其他位点也会带来各自的离散）。没有上位效应时，这些聚类相互重叠。&lt;/p&gt;&lt;p&gt;十字标记各类别的均值；估计值由它们组合而成：&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;)，并对两个位点取平均。&lt;/p&gt;&lt;p&gt;可在上方选择一个位点对、单击列表中的某一项，或单击上位效应图中的单元格。对于二倍体数据，在任一位点上为杂合（x = 0）的样本显示为灰色：它们不属于任何类别，也不参与 β̂&lt;sub&gt;ij&lt;/sub&gt; 的计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1   β̂ = %2</source>
        <translation>%1   β̂ = %2</translation>
    </message>
    <message>
        <source>   (true %1)</source>
        <translation>   （真实值 %1）</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>运行 ELM 分析以查看其图表。</translation>
    </message>
    <message>
        <source>These data have fewer than two loci.</source>
        <translation>这些数据的位点少于两个。</translation>
    </message>
    <message>
        <source>Per-sample sensitivities were not kept in this report.
Run the analysis again with &quot;keep sensitivities&quot; to see the genotype clusters.</source>
        <translation>此报告未保留逐样本的敏感度。
请勾选“保留敏感度”重新运行分析，以查看基因型聚类。</translation>
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
        <translation>在任一位点上为杂合</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation>（n = %1）</translation>
    </message>
    <message>
        <source>class means</source>
        <translation>类别均值</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xᵢ)</source>
        <translation>对 %1 的敏感度（∂f/∂xᵢ）</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xⱼ)</source>
        <translation>对 %1 的敏感度（∂f/∂xⱼ）</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ = %1</source>
        <translation>估计的 βᵢⱼ = %1</translation>
    </message>
    <message>
        <source>
true βᵢⱼ%1 = %2</source>
        <translation>
真实 βᵢⱼ%1 = %2</translation>
    </message>
    <message>
        <source>Sample %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</source>
        <translation>样本 %1
%2 = %3，%4 = %5
∂f/∂xᵢ = %6，∂f/∂xⱼ = %7</translation>
    </message>
</context>
<context>
    <name>locuscope::PairwiseEpistasisFigure</name>
    <message>
        <source>Fig 6 · Pairwise epistasis estimates (ranked)</source>
        <translation>图 6 · 成对上位效应估计值（排序）</translation>
    </message>
    <message>
        <source>Fig 10 · Pairwise epistasis, mean of %1 replicates</source>
        <translation>图 10 · 成对上位效应，%1 次重复的均值</translation>
    </message>
    <message>
        <source>Fig 6 · Pairwise epistasis</source>
        <translation>图 6 · 成对上位效应</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading every pairwise interaction off the network&lt;/h3&gt;&lt;p&gt;For each pair of loci (i, j) the test samples fall into four genotype classes. The mean sensitivity to locus i moves by 2β&lt;sub&gt;ij&lt;/sub&gt; when x&lt;sub&gt;j&lt;/sub&gt; flips from −1 to +1, so the four class means give&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, averaged with the same estimate from locus j.&lt;/p&gt;&lt;p&gt;Each point is one pair of loci. Most pairs do not interact (true β&lt;sub&gt;ij&lt;/sub&gt; = 0) and should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the least-squares line says how much of each interaction the network captured (the pub finds about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².&lt;/p&gt;&lt;p&gt;With several replicate models (fresh noise and initialisation each) the points are the mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which matters most at low heritability.&lt;/p&gt;&lt;p&gt;Click a point to show that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;从网络中读出每一对相互作用&lt;/h3&gt;&lt;p&gt;对于每一对位点 (i, j)，测试样本分为四个基因型类别。当 x&lt;sub&gt;j&lt;/sub&gt; 从 −1 变为 +1 时，对位点 i 的平均敏感度偏移 2β&lt;sub&gt;ij&lt;/sub&gt;，因此由四个类别均值可得&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;，并与从位点 j 得到的相同估计取平均。&lt;/p&gt;&lt;p&gt;每个点是一对位点。大多数位点对不存在相互作用（真实 β&lt;sub&gt;ij&lt;/sub&gt; = 0），应位于零附近；少数存在相互作用的位点对应沿 1:1 线分布。最小二乘直线的斜率表示网络捕获了每个相互作用的多少（原论文约为 0.86）；r² = 1 − Σ(真实值 − 估计值)² / Σ(真实值 − 均值)²。&lt;/p&gt;&lt;p&gt;若有多个重复模型（每次使用新的噪声和初始化），点表示平均估计值，误差线为 ±1 个标准差：取平均可消除假阳性，这在遗传力较低时尤为重要。&lt;/p&gt;&lt;p&gt;单击某个点可显示该位点对的基因型聚类。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>运行 ELM 分析以查看其图表。</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>报告中没有该性状的成对估计值。</translation>
    </message>
    <message>
        <source>replicate 1</source>
        <translation>第 1 次重复</translation>
    </message>
    <message>
        <source>mean of %1 replicates ± sd</source>
        <translation>%1 次重复的均值 ± 标准差</translation>
    </message>
    <message>
        <source>locus pairs</source>
        <translation>位点对</translation>
    </message>
    <message>
        <source>true pairwise effect βᵢⱼ%1</source>
        <translation>真实成对效应 βᵢⱼ%1</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ (replicate mean)</source>
        <translation>估计的 βᵢⱼ（重复均值）</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>估计的 βᵢⱼ</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1（完美恢复）</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>最小二乘拟合</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2
%3 pairs</source>
        <translation>斜率 = %1，r² = %2
%3 对</translation>
    </message>
    <message>
        <source>No epistatic pairs in the simulation for this trait: no fit
%1 pairs</source>
        <translation>模拟中该性状没有上位效应位点对：不进行拟合
%1 对</translation>
    </message>
    <message>
        <source>pair rank by |estimated βᵢⱼ| (no simulated truth in these data)</source>
        <translation>按 |估计的 βᵢⱼ| 排列的位点对名次（这些数据中没有模拟真实值）</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source> ± %1 (sd over replicates)</source>
        <translation> ± %1（重复间标准差）</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>真实 βᵢⱼ%1 = %2</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>第 %1 名</translation>
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
        <translation>图 1 · 线性重建 J(x)·x = f(x)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The network is exactly linear around every genotype&lt;/h3&gt;&lt;p&gt;The network has no bias terms and uses Leaky-ReLU activations, so for each genotype &lt;i&gt;x&lt;/i&gt; it behaves like a linear map: its output equals its Jacobian (the sensitivity of the output to every locus) times the genotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample: the network&apos;s prediction across, the sum of its per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest gap shown in the box, float rounding only) mean the sensitivities are a complete, exact account of every prediction — the basis of all later figures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网络在每个基因型附近都是严格线性的&lt;/h3&gt;&lt;p&gt;该网络没有偏置项并使用 Leaky-ReLU 激活函数，因此对每个基因型 &lt;i&gt;x&lt;/i&gt; 而言，它的行为就像一个线性映射：其输出等于其雅可比矩阵（输出对每个位点的敏感度）乘以该基因型。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每个点是一个测试样本：横轴为网络的预测值，纵轴为其逐位点敏感度与基因型乘积之和。所有点都落在 1:1 虚线上（最大偏差显示在框中，仅来自浮点舍入），说明敏感度完整而精确地解释了每一个预测——这是后续所有图表的基础。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>运行 ELM 分析以查看其图表。</translation>
    </message>
    <message>
        <source>The report holds no test predictions.</source>
        <translation>报告中没有测试预测值。</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <source>model output f(x)</source>
        <translation>模型输出 f(x)</translation>
    </message>
    <message>
        <source>linear reconstruction J(x)·x</source>
        <translation>线性重建 J(x)·x</translation>
    </message>
    <message>
        <source>max |J(x)·x − f(x)| = %1
all traits: %2
n = %3 test samples</source>
        <translation>max |J(x)·x − f(x)| = %1
所有性状：%2
n = %3 个测试样本</translation>
    </message>
    <message>
        <source>Sample %1
f(x) = %2
J(x)·x = %3</source>
        <translation>样本 %1
f(x) = %2
J(x)·x = %3</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityPcaFigure</name>
    <message>
        <source>Principal components of the sensitivities</source>
        <translation>敏感度的主成分</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which loci vary together?&lt;/h3&gt;&lt;p&gt;Every test sample has a sensitivity vector: how much the prediction would change per locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. PCA finds the directions in which these vectors differ most between samples.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, loadings w)&lt;/p&gt;&lt;p&gt;Purely additive loci have the same sensitivity in every genome and contribute nothing. An epistatic pair (i, j) makes ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; follow x&lt;sub&gt;j&lt;/sub&gt; and ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; follow x&lt;sub&gt;i&lt;/sub&gt;, so each interacting pair adds its own component of variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. The bars show the share of variance per component; the scatter places each locus by its loadings on the first two components — loci far from the origin drive them, and the partners of a strong pair load together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;哪些位点共同变化？&lt;/h3&gt;&lt;p&gt;每个测试样本都有一个敏感度向量：每个位点上预测值会改变多少，即 ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;。PCA（主成分分析）找出这些向量在样本之间差异最大的方向。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; （得分 t，载荷 w）&lt;/p&gt;&lt;p&gt;纯加性位点在每个基因组中的敏感度都相同，因此不作贡献。一个上位效应位点对 (i, j) 使 ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; 随 x&lt;sub&gt;j&lt;/sub&gt; 变化、∂P/∂x&lt;sub&gt;j&lt;/sub&gt; 随 x&lt;sub&gt;i&lt;/sub&gt; 变化，因此每个相互作用的位点对都会贡献自己的方差成分 β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;。条形图显示每个主成分所占的方差比例；散点图按各位点在前两个主成分上的载荷定位——远离原点的位点主导这些成分，强相互作用位点对的两个成员载荷相近。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>运行 ELM 分析以查看其图表。</translation>
    </message>
    <message>
        <source>The report holds no PCA of the sensitivities for this trait.</source>
        <translation>报告中没有该性状敏感度的 PCA 结果。</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>解释方差</translation>
    </message>
    <message>
        <source>principal component</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>variance explained (%)</source>
        <translation>解释方差（%）</translation>
    </message>
    <message>
        <source>loading on PC1 (%1 %)</source>
        <translation>PC1 载荷（%1 %）</translation>
    </message>
    <message>
        <source>loading on PC2 (%1 %)</source>
        <translation>PC2 载荷（%1 %）</translation>
    </message>
    <message>
        <source>additive only (simulation)</source>
        <translation>仅加性（模拟）</translation>
    </message>
    <message>
        <source>in an epistatic pair (simulation)</source>
        <translation>属于上位效应位点对（模拟）</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>%1
PC1 loading %2
PC2 loading %3</source>
        <translation>%1
PC1 载荷 %2
PC2 载荷 %3</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the sensitivity variance</source>
        <translation>PC%1：占敏感度方差的 %2 %</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityVarianceFigure</name>
    <message>
        <source>Fig 3 · Candidate epistatic loci (sensitivity variance)</source>
        <translation>图 3 · 候选上位效应位点（敏感度方差）</translation>
    </message>
    <message>
        <source>Fig 3 · Sensitivity variance and epistasis</source>
        <translation>图 3 · 敏感度方差与上位效应</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistatic loci have sensitivities that vary&lt;/h3&gt;&lt;p&gt;A purely additive locus has the same effect in every genome: its sensitivity ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; is a constant. A locus in an epistatic pair has an effect that depends on its partner&apos;s genotype:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; so &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for x&lt;sub&gt;j&lt;/sub&gt; = ±1 at allele frequency ½. So the variance of a locus&apos;s sensitivity over the population grows with the &lt;i&gt;square&lt;/i&gt; of its epistatic effect: the points should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank loci by sensitivity variance: the loci at the left are the best candidates for epistatic interactions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;上位效应位点的敏感度会变化&lt;/h3&gt;&lt;p&gt;纯加性位点在每个基因组中的效应都相同：其敏感度 ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; 是常数。属于上位效应位点对的位点，其效应取决于伙伴位点的基因型：&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;，&amp;nbsp; 因此 &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;（x&lt;sub&gt;j&lt;/sub&gt; = ±1，等位基因频率为 ½）。因此，一个位点的敏感度在群体中的方差随其上位效应的&lt;i&gt;平方&lt;/i&gt;增长：这些点应沿抛物线分布。虚线为 y = x²（完美恢复）；实线为二次拟合 c + b·x + a·x²，原论文报告了其 x² 系数 a（约 0.8）。&lt;/p&gt;&lt;p&gt;没有模拟真实值时，条形图按敏感度方差对位点排序：左侧的位点是上位相互作用的最佳候选。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>variance of sensitivity Var(∂f/∂xᵢ)</source>
        <translation>敏感度方差 Var(∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>true epistatic effect βᵢⱼ of the locus&apos;s pair%1</source>
        <translation>该位点所在位点对的真实上位效应 βᵢⱼ%1</translation>
    </message>
    <message>
        <source>No epistatic loci in the simulation for this trait: no fit</source>
        <translation>模拟中该性状没有上位效应位点：不进行拟合</translation>
    </message>
    <message>
        <source>y = x² (perfect recovery)</source>
        <translation>y = x²（完美恢复）</translation>
    </message>
    <message>
        <source>quadratic fit</source>
        <translation>二次拟合</translation>
    </message>
    <message>
        <source>x² coefficient = %1, r² = %2</source>
        <translation>x² 系数 = %1，r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::SimulationForm</name>
    <message>
        <source>&lt;p&gt;Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pairs&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + noise&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The first sum is additive: each allele shifts P on its own. The second is epistasis: the effect of locus i depends on the allele at its partner j. The share of epistatic variance sets, per trait, how much of the genetic variance comes from the pairs (0 = purely additive).&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个样本在每个位点携带一个等位基因，编码为 x = −1 或 +1。其表型为&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;位点对&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + 噪声&lt;/i&gt;&lt;/p&gt;&lt;p&gt;第一项求和是加性的：每个等位基因单独使 P 偏移。第二项是上位效应：位点 i 的效应取决于其伙伴位点 j 上的等位基因。上位方差占比为每个性状设定遗传方差中有多少来自位点对（0 = 纯加性）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number of causal loci</source>
        <translation>因果位点数</translation>
    </message>
    <message>
        <source>loci / 2</source>
        <translation>位点数 / 2</translation>
    </message>
    <message>
        <source>Disjoint interacting pairs per trait</source>
        <translation>每个性状中互不重叠的相互作用位点对数</translation>
    </message>
    <message>
        <source>One number per trait: epistatic variance / additive variance (0 = additive only)</source>
        <translation>每个性状一个数值：上位方差 / 加性方差（0 = 仅加性）</translation>
    </message>
    <message>
        <source>Haploid (x = ±1)</source>
        <translation>单倍体（x = ±1）</translation>
    </message>
    <message>
        <source>Diploid (x = dosage − 1)</source>
        <translation>二倍体（x = 剂量 − 1）</translation>
    </message>
    <message>
        <source>Allele-1 frequencies are drawn uniformly between these bounds</source>
        <translation>等位基因 1 的频率在这两个界限之间均匀抽取</translation>
    </message>
    <message>
        <source>H² = Var(G) / Var(P); 1 adds no environmental noise</source>
        <translation>H² = Var(G) / Var(P)；为 1 时不添加环境噪声</translation>
    </message>
    <message>
        <source>Individuals (85 % train, 15 % test)</source>
        <translation>个体数（85 % 训练，15 % 测试）</translation>
    </message>
    <message>
        <source>AlphaSimR text (g/p/eff)</source>
        <translation>AlphaSimR 文本（g/p/eff）</translation>
    </message>
    <message>
        <source>HDF5 train/test pair</source>
        <translation>HDF5 训练/测试文件对</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Loci</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>Epistatic pairs</source>
        <translation>上位效应位点对</translation>
    </message>
    <message>
        <source>Epistatic share per trait</source>
        <translation>每个性状的上位效应占比</translation>
    </message>
    <message>
        <source>Ploidy</source>
        <translation>倍性</translation>
    </message>
    <message>
        <source>Min allele frequency</source>
        <translation>最小等位基因频率</translation>
    </message>
    <message>
        <source>Max allele frequency</source>
        <translation>最大等位基因频率</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>个体数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Simulate and open</source>
        <translation>模拟并打开</translation>
    </message>
    <message>
        <source>epistatic share &quot;%1&quot; is not a number</source>
        <translation>上位效应占比“%1”不是数字</translation>
    </message>
    <message>
        <source>Folder for the simulated dataset</source>
        <translation>模拟数据集的文件夹</translation>
    </message>
</context>
<context>
    <name>locuscope::TrainingCurvesFigure</name>
    <message>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the network learned&lt;/h3&gt;&lt;p&gt;Each epoch the network sees every training sample once. The &lt;b&gt;training loss&lt;/b&gt; is the mean absolute error on the samples it learns from; the &lt;b&gt;monitored loss&lt;/b&gt; is the same error on samples it never trains on, and decides when to stop.&lt;/p&gt;&lt;p&gt;When the monitored loss stops improving for a few epochs the learning rate is halved (grey dashed lines). Training stops early when it has not improved by more than the minimum step for several epochs, and the weights of the &lt;b&gt;best epoch&lt;/b&gt; are restored: that is the model every other figure analyses.&lt;/p&gt;&lt;p&gt;Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network memorises noise instead of learning the genetic architecture.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网络是如何学习的&lt;/h3&gt;&lt;p&gt;每个轮次中，网络会将每个训练样本看一遍。&lt;b&gt;训练损失&lt;/b&gt;是其用于学习的样本上的平均绝对误差；&lt;b&gt;监控损失&lt;/b&gt;是其从不用于训练的样本上的同一误差，并决定何时停止。&lt;/p&gt;&lt;p&gt;当监控损失连续数个轮次没有改善时，学习率减半（灰色虚线）。当它在若干轮次内的改善均未超过最小步长时，训练提前停止，并恢复&lt;b&gt;最佳轮次&lt;/b&gt;的权重：其他所有图表分析的就是这个模型。&lt;/p&gt;&lt;p&gt;损失 = |P̂ − P| 的均值（L1）。监控损失远高于训练损失，说明网络在记忆噪声，而不是学习遗传结构。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This report has no training history.</source>
        <translation>此报告没有训练历史。</translation>
    </message>
    <message>
        <source>Training curves appear here while a model trains.</source>
        <translation>模型训练期间，训练曲线将显示在此处。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>L1 loss</source>
        <translation>L1 损失</translation>
    </message>
    <message>
        <source>Monitored loss</source>
        <translation>监控损失</translation>
    </message>
    <message>
        <source>Monitored loss (%1)</source>
        <translation>监控损失（%1）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Learning rate lowered</source>
        <translation>学习率已降低</translation>
    </message>
    <message>
        <source>best epoch %1 (restored)</source>
        <translation>最佳轮次 %1（已恢复）</translation>
    </message>
    <message>
        <source>Best epoch (restored)</source>
        <translation>最佳轮次（已恢复）</translation>
    </message>
    <message>
        <source>early stop after epoch %1</source>
        <translation>在第 %1 轮后早停</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>LR → %1</source>
        <translation>学习率 → %1</translation>
    </message>
    <message>
        <source>Epoch %1
training loss %2
monitored loss %3
learning rate %4</source>
        <translation>轮次 %1
训练损失 %2
监控损失 %3
学习率 %4</translation>
    </message>
</context>
<context>
    <name>locuscope::VariantTableModel</name>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>no contig</source>
        <translation>无此 contig</translation>
    </message>
    <message>
        <source>%1:%2 %3&gt;%4</source>
        <translation>%1:%2 %3&gt;%4</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>INFO: %1</source>
        <translation>INFO：%1</translation>
    </message>
    <message>
        <source>REF does not match the reference genome</source>
        <translation>REF 与参考基因组不一致</translation>
    </message>
    <message>
        <source>The reference genome has no such contig</source>
        <translation>参考基因组中没有此 contig</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
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
        <translation>REF 检查</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>Δ methylation</source>
        <translation>Δ 甲基化</translation>
    </message>
    <message>
        <source>CpG</source>
        <translation>CpG</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>REF compared with the reference genome</source>
        <translation>REF 与参考基因组的比较结果</translation>
    </message>
    <message>
        <source>MRV score: the largest |alt − ref| of predicted methylation over the CpGs within reach</source>
        <translation>MRV 评分：范围内各 CpG 预测甲基化 |alt − ref| 的最大值</translation>
    </message>
    <message>
        <source>Signed change of predicted methylation at that CpG, alternative minus reference</source>
        <translation>该 CpG 处预测甲基化的有符号变化（替代减参考）</translation>
    </message>
    <message>
        <source>Position of the CpG whose predicted methylation the variant changes most</source>
        <translation>预测甲基化受该变异影响最大的 CpG 的位置</translation>
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
        <translation>Locuscope：遗传变异的深度学习模型</translation>
    </message>
    <message>
        <source>As first argument: export figures headless (see export-figures --help)</source>
        <translation>作为第一个参数：无界面导出图表（参见 export-figures --help）</translation>
    </message>
    <message>
        <source>Start on the bundled demo: open the ELM reference data and train on it</source>
        <translation>从内置演示开始：打开 ELM 参考数据并在其上训练</translation>
    </message>
    <message>
        <source>Show this locuscope-cli elm results folder</source>
        <translation>显示此 locuscope-cli elm 结果文件夹</translation>
    </message>
    <message>
        <source>Bring this Epistasis figure to the front (part of its id, e.g. fig5)</source>
        <translation>将此上位效应图表置于前台（其 ID 的一部分，例如 fig5）</translation>
    </message>
    <message>
        <source>Select this trait (index from 1)</source>
        <translation>选择此性状（索引从 1 开始）</translation>
    </message>
    <message>
        <source>Select this pair of loci (indices from 1: i,j)</source>
        <translation>选择此位点对（索引从 1 开始：i,j）</translation>
    </message>
    <message>
        <source>Start the guided tour</source>
        <translation>开始引导教程</translation>
    </message>
    <message>
        <source>Read and write preferences in this INI file</source>
        <translation>从此 INI 文件读取首选项并写入其中</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG after the given delay, then quit</source>
        <translation>在指定延迟后将窗口截图保存到此 PNG 文件，然后退出</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot</source>
        <translation>截图前等待的毫秒数</translation>
    </message>
    <message>
        <source>Open this session (Epistasis or Methylation)</source>
        <translation>打开此会话（上位效应或甲基化）</translation>
    </message>
    <message>
        <source>Start on the Methylation demo: synthetic genome, model, genes, variants, GWAS</source>
        <translation>从甲基化演示开始：合成基因组、模型、基因、变异、GWAS</translation>
    </message>
    <message>
        <source>Methylation: go to this gene, chr:start-end, chr:pos or variant ID</source>
        <translation>甲基化：跳转到此基因、chr:起始-终止、chr:位置或变异 ID</translation>
    </message>
    <message>
        <source>Methylation: score the variants of the locus, then select the top one</source>
        <translation>甲基化：为位点的变异评分，然后选择得分最高的变异</translation>
    </message>
</context>
</TS>
