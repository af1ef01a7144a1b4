<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>ELM, equivalent linear mapping (Arcadia Science, 2025)</source>
        <translation>ELM，等效线性映射（Arcadia Science，2025）</translation>
    </message>
    <message>
        <source>Train a neural network from genotype to phenotype and read off what it learned: additive effects, epistatic loci and pairwise epistasis, from per-sample Jacobians.</source>
        <translation>训练一个从基因型到表型的神经网络，并从每个样本的雅可比矩阵中读出它学到的内容：加性效应、上位性位点和成对上位效应。</translation>
    </message>
    <message>
        <source>Open a genotype dataset (HDF5, AlphaSimR text, PLINK) or simulate a population to teach with</source>
        <translation>打开基因型数据集（HDF5、AlphaSimR 文本、PLINK），或模拟一个用于教学的群体</translation>
    </message>
    <message>
        <source>Train with live loss curves; keep and save the model</source>
        <translation>训练时实时显示损失曲线；保留并保存模型</translation>
    </message>
    <message>
        <source>Figures: J·x against output, additive effects, sensitivity variance, four-genotype clusters, all-pairs epistasis heatmap, replicates, PCA</source>
        <translation>图表：J·x 与输出的关系、加性效应、敏感度方差、四基因型聚类、全配对上位效应热图、重复、PCA</translation>
    </message>
    <message>
        <source>Export every figure as PNG, SVG or PDF</source>
        <translation>将每个图表导出为 PNG、SVG 或 PDF</translation>
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
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>此工作区即将推出的功能</translation>
    </message>
</context>
</TS>
