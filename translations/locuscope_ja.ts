<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>GemmBenchmarkJob</name>
    <message>
        <source>Measure compute speed (%1 × %1 matrices)</source>
        <translation>計算速度を測定（%1 × %1 行列）</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message>
        <source>%1 GFLOP/s on %2 with %3 threads</source>
        <translation>%1 GFLOP/s（%2、%3 スレッド）</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Language of menus and messages</source>
        <translation>メニューとメッセージの言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>計算デバイス</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Automatic uses a CUDA GPU when one is present</source>
        <translation>「自動」では、CUDA GPU があればそれを使用します</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>CPU スレッド数</translation>
    </message>
    <message>
        <source>Threads for model computations on the CPU</source>
        <translation>CPU でのモデル計算に使用するスレッド数</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>すべてのコア</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Default width of exported figures</source>
        <translation>エクスポートする図の既定の幅</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Default height of exported figures</source>
        <translation>エクスポートする図の既定の高さ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Dots per inch recorded in exported PNG files</source>
        <translation>エクスポートした PNG ファイルに記録される 1 インチあたりのドット数</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Default file format for figure export</source>
        <translation>図のエクスポートに使用する既定のファイル形式</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG（ラスター）</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（ベクター）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（ベクター）</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>Base font size of figure text</source>
        <translation>図のテキストの基本フォントサイズ</translation>
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
        <translation>Locuscope について</translation>
    </message>
    <message>
        <source>no CUDA GPU found</source>
        <translation>CUDA GPU が見つかりません</translation>
    </message>
    <message>
        <source>not optimised: matrix products will be slow</source>
        <translation>最適化されていません：行列積の計算が遅くなります</translation>
    </message>
    <message>
        <source>Deep-learning models of genetic variation: methylation, expression and epistasis, in one workbench.</source>
        <translation>遺伝的変異の深層学習モデル：メチル化、発現、エピスタシスを一つのワークベンチで。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 / %2 コア</translation>
    </message>
</context>
<context>
    <name>locuscope::JobWorker</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>開始前にキャンセルされました</translation>
    </message>
    <message>
        <source>Cancelled; no output was written</source>
        <translation>キャンセルされました。出力は書き込まれていません</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>locuscope::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了したジョブを消去</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop this job; it writes no output</source>
        <translation>このジョブを停止します。出力は書き込まれません</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
</context>
<context>
    <name>locuscope::LogDock</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー：</translation>
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
        <translation>メチル化</translation>
    </message>
    <message>
        <source>INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT</source>
        <translation>INTERACT（Zhou ら、PNAS 2022）および Cell-type-INTERACT</translation>
    </message>
    <message>
        <source>Score single-nucleotide variants for their effect on CpG methylation. A variant&apos;s MRV score is the largest change in predicted methylation, |alt − ref|, over the CpGs within 1 kb of it.</source>
        <translation>一塩基変異を CpG メチル化への影響に基づいてスコア付けします。変異の MRV スコアは、その変異から 1 kb 以内の CpG における予測メチル化の最大変化量 |alt − ref| です。</translation>
    </message>
    <message>
        <source>Open a reference genome, VCF/BCF files, gene annotation and a methylation model</source>
        <translation>参照ゲノム、VCF/BCF ファイル、遺伝子アノテーション、メチル化モデルを開く</translation>
    </message>
    <message>
        <source>Locus browser: predicted methylation for ref and alt, observed methylation, GWAS overlay</source>
        <translation>遺伝子座ブラウザー：ref と alt の予測メチル化、観測メチル化、GWAS オーバーレイ</translation>
    </message>
    <message>
        <source>Attributions for a CpG window: saliency, integrated gradients, in-silico mutagenesis, sequence logo</source>
        <translation>CpG ウィンドウの寄与度解析：サリエンシー、Integrated Gradients、in silico 変異導入、シーケンスロゴ</translation>
    </message>
    <message>
        <source>Variant table with scores, filters and export to TSV and annotated VCF</source>
        <translation>スコアとフィルターを備えた変異テーブル、TSV および注釈付き VCF へのエクスポート</translation>
    </message>
    <message>
        <source>Train or fine-tune on your own methylation data</source>
        <translation>独自のメチル化データで学習またはファインチューニング</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>発現</translation>
    </message>
    <message>
        <source>Seal: DeepSEA-Beluga chromatin features → TSS-distance bases → transfer MLP</source>
        <translation>Seal：DeepSEA-Beluga クロマチン特徴量 → TSS 距離基底関数 → 転移 MLP</translation>
    </message>
    <message>
        <source>Predict how variants change gene expression across 802 brain contexts, and see why.</source>
        <translation>802 の脳コンテキストにわたって変異が遺伝子発現をどう変えるかを予測し、その理由を確認します。</translation>
    </message>
    <message>
        <source>Variant effects on expression for every context, from a VCF</source>
        <translation>VCF から、すべてのコンテキストにおける変異の発現への影響を算出</translation>
    </message>
    <message>
        <source>Six attribution methods: saliency, integrated gradients, DeepLIFT, GradientSHAP, KernelSHAP, LIME</source>
        <translation>6 種類の寄与度解析手法：サリエンシー、Integrated Gradients、DeepLIFT、GradientSHAP、KernelSHAP、LIME</translation>
    </message>
    <message>
        <source>Train or fine-tune on expression matrices</source>
        <translation>発現行列で学習またはファインチューニング</translation>
    </message>
    <message>
        <source>Epistasis</source>
        <translation>エピスタシス</translation>
    </message>
    <message>
        <source>ELM, equivalent linear mapping (Arcadia Science, 2025)</source>
        <translation>ELM、等価線形写像（Arcadia Science、2025）</translation>
    </message>
    <message>
        <source>Train a neural network from genotype to phenotype and read off what it learned: additive effects, epistatic loci and pairwise epistasis, from per-sample Jacobians.</source>
        <translation>遺伝子型から表現型を予測するニューラルネットワークを学習し、サンプルごとのヤコビアンから、学習した内容（相加効果、エピスタシス座位、ペアワイズのエピスタシス）を読み取ります。</translation>
    </message>
    <message>
        <source>Open a genotype dataset (HDF5, AlphaSimR text, PLINK) or simulate a population to teach with</source>
        <translation>遺伝子型データセット（HDF5、AlphaSimR テキスト、PLINK）を開く、または教材用の集団をシミュレート</translation>
    </message>
    <message>
        <source>Train with live loss curves; keep and save the model</source>
        <translation>損失曲線をリアルタイムで表示しながら学習し、モデルを保持・保存</translation>
    </message>
    <message>
        <source>Figures: J·x against output, additive effects, sensitivity variance, four-genotype clusters, all-pairs epistasis heatmap, replicates, PCA</source>
        <translation>図：J·x と出力の関係、相加効果、感度の分散、4 遺伝子型クラスター、全ペアのエピスタシスヒートマップ、反復、PCA</translation>
    </message>
    <message>
        <source>Export every figure as PNG, SVG or PDF</source>
        <translation>すべての図を PNG、SVG、PDF 形式でエクスポート</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Measure compute &amp;speed</source>
        <translation>計算速度を測定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Locuscope</source>
        <translation>Locuscope について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 · %2 threads · BLAS: %3</source>
        <translation>%1 · %2 スレッド · BLAS：%3</translation>
    </message>
    <message>
        <source>Compute device, LibTorch threads and the BLAS library in use</source>
        <translation>計算デバイス、LibTorch のスレッド数、使用中の BLAS ライブラリ</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>ジョブを実行中です</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit? Cancelled jobs write no output.</source>
        <translation>
            <numerusform>%n 件のジョブがまだ実行中です。キャンセルして終了しますか？キャンセルされたジョブは出力を書き込みません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locuscope %1 ready: %2, %3 of %4 cores, LibTorch %5, BLAS %6</source>
        <translation>Locuscope %1 準備完了: %2、%3 / %4 コア、LibTorch %5、BLAS %6</translation>
    </message>
    <message>
        <source>The BLAS library in use is not optimised; model computations will be slow. Install libopenblas0-pthread.</source>
        <translation>使用中の BLAS ライブラリは最適化されていないため、モデルの計算が遅くなります。libopenblas0-pthread をインストールしてください。</translation>
    </message>
</context>
<context>
    <name>locuscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>(after restart)</source>
        <translation>（再起動後に反映）</translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>このワークスペースに今後追加される機能</translation>
    </message>
</context>
</TS>
