<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>EpistasisWorkspace</name>
    <message>
        <source>known (epistatic pairs per trait: %1)</source>
        <translation>既知（形質ごとのエピスタシス対：%1）</translation>
    </message>
    <message>
        <source>unknown (real data: figures rank estimates)</source>
        <translation>不明（実データ：図は推定値を順位付けして表示）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)&lt;br&gt;Split: %8&lt;br&gt;Encoding: %9&lt;br&gt;True effects: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 サンプル（学習 %3、テスト %4）· %5 遺伝子座 · %6 形質（%7）&lt;br&gt;分割：%8&lt;br&gt;エンコード：%9&lt;br&gt;真の効果：%10</translation>
    </message>
</context>
<context>
    <name>ExportFiguresCommand</name>
    <message>
        <source>Results folder written by locuscope-cli elm</source>
        <translation>locuscope-cli elm が書き出した結果フォルダー</translation>
    </message>
    <message>
        <source>Folder for the figures (created if missing)</source>
        <translation>図の保存先フォルダー（存在しない場合は作成）</translation>
    </message>
    <message>
        <source>Comma-separated formats: png, svg, pdf</source>
        <translation>カンマ区切りの形式：png, svg, pdf</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points at the DPI</source>
        <translation>幅（PNG ではピクセル、それ以外では指定 DPI でのポイント）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高さ（ピクセル）</translation>
    </message>
    <message>
        <source>Resolution recorded in PNG files</source>
        <translation>PNG ファイルに記録される解像度</translation>
    </message>
    <message>
        <source>Trait to draw: index from 1 or name</source>
        <translation>描画する形質：1 から始まるインデックスまたは名前</translation>
    </message>
    <message>
        <source>Pair for the cluster plot: two locus indices from 1, e.g. 3,17</source>
        <translation>クラスター図の遺伝子座ペア：1 から始まる 2 つの遺伝子座インデックス（例：3,17）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>give exactly one of --session FILE or --results DIR</source>
        <translation>--session FILE と --results DIR のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR は必須です</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf)</source>
        <translation>不明な形式「%1」（png, svg, pdf）</translation>
    </message>
    <message>
        <source>width and height must be 16–20000 pixels and DPI 10–2400</source>
        <translation>幅と高さは 16～20000 ピクセル、DPI は 10～2400 にしてください</translation>
    </message>
    <message>
        <source>%1 holds no results to draw (train and save the session first)</source>
        <translation>%1 には描画できる結果がありません（先に学習してセッションを保存してください）</translation>
    </message>
    <message>
        <source>no trait &quot;%1&quot; (the results have %2)</source>
        <translation>形質「%1」はありません（結果に含まれるのは %2）</translation>
    </message>
    <message>
        <source>--pair needs two different locus indices between 1 and %1</source>
        <translation>--pair には 1 から %1 までの異なる 2 つの遺伝子座インデックスが必要です</translation>
    </message>
    <message>
        <source>Export the figures of a saved session (Epistasis or Methylation) or of a locuscope-cli elm results folder, without a display.</source>
        <translation>保存したセッション（エピスタシスまたはメチル化）または locuscope-cli elm の結果フォルダーの図を、画面なしでエクスポートします。</translation>
    </message>
    <message>
        <source>Saved Epistasis or Methylation session (.json)</source>
        <translation>保存したエピスタシスまたはメチル化のセッション（.json）</translation>
    </message>
    <message>
        <source>Methylation sessions: the locus to draw (gene, chr:start-end, chr:pos or variant ID) instead of the saved one</source>
        <translation>メチル化セッション：保存された遺伝子座の代わりに描画する遺伝子座（遺伝子、chr:開始-終了、chr:位置、または変異 ID）</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>図のサイズは 16～20000 px、解像度は 10～4800 dpi にしてください</translation>
    </message>
    <message>
        <source>No file name given for the figure</source>
        <translation>図のファイル名が指定されていません</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Could not render the figure to %1</source>
        <translation>図を %1 に描画できませんでした</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 を置き換えられません：%2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>ディレクトリ %1 を作成できません</translation>
    </message>
</context>
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
    <name>MethylationFigureExport</name>
    <message>
        <source>the session&apos;s jobs did not finish within 10 minutes</source>
        <translation>セッションのジョブが 10 分以内に終了しませんでした</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
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
    <message>
        <source>in use for ELM training</source>
        <translation>ELM の学習に使用中</translation>
    </message>
    <message>
        <source>not found (ELM training uses LibTorch&apos;s products)</source>
        <translation>見つかりません（ELM の学習には LibTorch の行列積を使用）</translation>
    </message>
</context>
<context>
    <name>locuscope::AdditiveEffectsFigure</name>
    <message>
        <source>Fig 2 · Additive effects (ranked)</source>
        <translation>図 2 · 相加効果（順位）</translation>
    </message>
    <message>
        <source>Fig 2 · Additive effects</source>
        <translation>図 2 · 相加効果</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Additive effects are the average sensitivity&lt;/h3&gt;&lt;p&gt;How much does the predicted phenotype change when one locus flips? For a model with additive effects β&lt;sub&gt;i&lt;/sub&gt; and pairwise epistasis β&lt;sub&gt;ij&lt;/sub&gt; the answer is&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The epistatic part changes sign with the partner&apos;s genotype x&lt;sub&gt;j&lt;/sub&gt; = ±1, so over a population it averages away, and the &lt;b&gt;mean sensitivity&lt;/b&gt; estimates the additive effect β&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true effects exactly; the solid line is the least-squares fit (its slope) and r² is 1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. With heritability H² &amp;lt; 1 a perfect model recovers √H² of each effect, hence the truth is scaled by √H².&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank the loci by the size of their estimated additive effect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;相加効果は感度の平均である&lt;/h3&gt;&lt;p&gt;1 つの遺伝子座が反転すると、予測される表現型はどれだけ変わるでしょうか。相加効果 β&lt;sub&gt;i&lt;/sub&gt; とペアワイズのエピスタシス β&lt;sub&gt;ij&lt;/sub&gt; をもつモデルでは、答えは次のとおりです。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;エピスタシスの項は相手の遺伝子型 x&lt;sub&gt;j&lt;/sub&gt; = ±1 に応じて符号が変わるため、集団全体では平均すると打ち消し合い、&lt;b&gt;平均感度&lt;/b&gt;が相加効果 β&lt;sub&gt;i&lt;/sub&gt; の推定値になります。&lt;/p&gt;&lt;p&gt;各点は 1 つの遺伝子座です。点が破線の 1:1 線上にあれば、ネットワークが真の効果を正確に復元したことを意味します。実線は最小二乗フィット（その傾き）で、r² は 1 − Σ(真値 − 推定値)² / Σ(真値 − 平均)² なので、傾きが 1 からずれても低下します。遺伝率 H² &amp;lt; 1 では完全なモデルでも各効果の √H² しか復元できないため、真値を √H² 倍しています。&lt;/p&gt;&lt;p&gt;シミュレーションによる真値がない場合、バーは推定された相加効果の大きさで遺伝子座を順位付けします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>mean sensitivity ∂f/∂xᵢ</source>
        <translation>平均感度 ∂f/∂xᵢ</translation>
    </message>
    <message>
        <source>true additive effect βᵢ%1</source>
        <translation>真の相加効果 βᵢ%1</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1（完全な復元）</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>最小二乗フィット</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2</source>
        <translation>傾き = %1、r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::DatasetPanel</name>
    <message>
        <source>Folder or file: *_train.hdf5, *_g.txt, *.bed</source>
        <translation>フォルダーまたはファイル：*_train.hdf5、*_g.txt、*.bed</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <source>Choose one file of the dataset; its siblings are found</source>
        <translation>データセットのファイルを 1 つ選択します。関連するファイルは自動的に検出されます</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>Choose a folder holding one dataset</source>
        <translation>データセットを 1 つ含むフォルダーを選択します</translation>
    </message>
    <message>
        <source>As stored (HDF5 keeps its split; others head/tail)</source>
        <translation>保存時のまま（HDF5 は分割を保持、その他は先頭／末尾）</translation>
    </message>
    <message>
        <source>Head/tail, as the pub</source>
        <translation>先頭／末尾（原論文と同じ）</translation>
    </message>
    <message>
        <source>Random, seeded</source>
        <translation>ランダム（シード指定）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>テストの割合</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>分割シード</translation>
    </message>
    <message>
        <source>&lt;i&gt;No dataset open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;データセットが開かれていません。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a genotype dataset</source>
        <translation>遺伝子型データセットを開く</translation>
    </message>
    <message>
        <source>Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)</source>
        <translation>遺伝子型データセット (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>データセットフォルダーを開く</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmFigure</name>
    <message>
        <source>Trait:</source>
        <translation>形質：</translation>
    </message>
    <message>
        <source>The trait every figure shows</source>
        <translation>すべての図に表示する形質</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>表示をリセット</translation>
    </message>
    <message>
        <source>Show all data again after zooming or dragging</source>
        <translation>ズームやドラッグの後、すべてのデータを再表示します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF</source>
        <translation>この図を PNG、SVG、PDF として保存します</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>Show or hide what this figure means</source>
        <translation>この図の意味の説明を表示／非表示にします</translation>
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
        <translation>図をエクスポート</translation>
    </message>
</context>
<context>
    <name>locuscope::ElmTrainingForm</name>
    <message>
        <source>Width of both hidden layers (the pub: 1024)</source>
        <translation>2 つの隠れ層の幅（原論文：1024）</translation>
    </message>
    <message>
        <source>AdamW learning rate</source>
        <translation>AdamW の学習率</translation>
    </message>
    <message>
        <source>AdamW decoupled weight decay</source>
        <translation>AdamW の分離型重み減衰</translation>
    </message>
    <message>
        <source>Samples per optimiser step</source>
        <translation>オプティマイザーの 1 ステップあたりのサンプル数</translation>
    </message>
    <message>
        <source>Upper limit on training epochs</source>
        <translation>学習エポック数の上限</translation>
    </message>
    <message>
        <source>Early stopping: epochs without improvement before stopping</source>
        <translation>早期終了：終了までに許容する改善のないエポック数</translation>
    </message>
    <message>
        <source>Early stopping: smallest loss decrease that counts</source>
        <translation>早期終了：改善とみなす損失の最小減少量</translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is halved</source>
        <translation>学習率を半分にするまでに許容する改善のないエポック数</translation>
    </message>
    <message>
        <source>Factor applied to the learning rate on a plateau</source>
        <translation>プラトー時に学習率に掛ける係数</translation>
    </message>
    <message>
        <source>Seed of the initial weights and batch order (replicate r adds r)</source>
        <translation>初期重みとバッチ順序のシード（反復 r では r を加算）</translation>
    </message>
    <message>
        <source>Test set (as the pub)</source>
        <translation>テストセット（原論文と同じ）</translation>
    </message>
    <message>
        <source>Validation split of the training data</source>
        <translation>学習データから分割した検証セット</translation>
    </message>
    <message>
        <source>Which samples decide learning-rate drops, early stopping and the restored epoch</source>
        <translation>学習率の引き下げ、早期終了、復元するエポックを決めるサンプル</translation>
    </message>
    <message>
        <source>Share of the training samples held out for validation</source>
        <translation>検証用に取り分ける学習サンプルの割合</translation>
    </message>
    <message>
        <source>H²: phenotypes become √H²·P + N(0, 1 − H²) noise</source>
        <translation>H²：表現型は √H²·P + N(0, 1 − H²) のノイズになります</translation>
    </message>
    <message>
        <source>Models trained with their own seeds and noise draws</source>
        <translation>それぞれ独自のシードとノイズの抽出で学習するモデル</translation>
    </message>
    <message>
        <source>Seed of the heritability noise (replicate r adds r)</source>
        <translation>遺伝率ノイズのシード（反復 r では r を加算）</translation>
    </message>
    <message>
        <source>Network and optimiser</source>
        <translation>ネットワークとオプティマイザー</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>隠れユニット数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>重み減衰</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Schedule and stopping</source>
        <translation>スケジュールと終了</translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation>最大エポック数</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>許容エポック数</translation>
    </message>
    <message>
        <source>Min delta</source>
        <translation>最小変化量</translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation>学習率の許容エポック数</translation>
    </message>
    <message>
        <source>LR factor</source>
        <translation>学習率の係数</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>監視対象</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>検証の割合</translation>
    </message>
    <message>
        <source>Heritability and replicates</source>
        <translation>遺伝率と反復</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>反復数</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>ノイズのシード</translation>
    </message>
    <message>
        <source>Pub defaults</source>
        <translation>原論文の既定値</translation>
    </message>
    <message>
        <source>Reset every field to the published recipe</source>
        <translation>すべての項目を論文で公開された設定に戻します</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisHeatmapFigure</name>
    <message>
        <source>Pairwise epistasis map</source>
        <translation>ペアワイズ・エピスタシスマップ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;All pairs at a glance&lt;/h3&gt;&lt;p&gt;Row i, column j holds the estimated interaction β̂&lt;sub&gt;ij&lt;/sub&gt; between loci i and j, read off the network&apos;s sensitivities:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Red cells are positive interactions (the two alleles together raise the phenotype more than their separate effects), blue cells negative ones; white is no interaction. The map is symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly interact in a simulation.&lt;/p&gt;&lt;p&gt;Click a cell to see that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;すべてのペアを一目で&lt;/h3&gt;&lt;p&gt;行 i・列 j のセルには、ネットワークの感度から読み取った遺伝子座 i と j の間の推定相互作用 β̂&lt;sub&gt;ij&lt;/sub&gt; が入ります。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;赤いセルは正の相互作用（2 つのアレルがそろうと、それぞれの効果の和以上に表現型が上がる）、青いセルは負の相互作用で、白は相互作用なしを表します。マップは対称で、対角線（遺伝子座とそれ自身）は灰色です。円は、シミュレーションで実際に相互作用するペアを示します。&lt;/p&gt;&lt;p&gt;セルをクリックすると、そのペアの遺伝子型クラスターが表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>図を表示するには ELM 解析を実行してください。</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>レポートにはこの形質のペアワイズ推定値がありません。</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>推定 βᵢⱼ</translation>
    </message>
    <message>
        <source>interacting in the simulation</source>
        <translation>シミュレーションで相互作用あり</translation>
    </message>
    <message>
        <source>locus j</source>
        <translation>遺伝子座 j</translation>
    </message>
    <message>
        <source>locus i</source>
        <translation>遺伝子座 i</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>真の βᵢⱼ%1 = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::EpistasisWorkspace</name>
    <message>
        <source>Open session…</source>
        <translation>セッションを開く…</translation>
    </message>
    <message>
        <source>Restore a saved Epistasis session</source>
        <translation>保存したエピスタシスセッションを復元します</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>セッションを保存…</translation>
    </message>
    <message>
        <source>Save dataset, model, results, settings and selection</source>
        <translation>データセット、モデル、結果、設定、選択内容を保存します</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>結果を開く…</translation>
    </message>
    <message>
        <source>Show the results folder of a `locuscope-cli elm` run</source>
        <translation>`locuscope-cli elm` の実行結果フォルダーを表示します</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>モデルを保存…</translation>
    </message>
    <message>
        <source>Save the trained network as .safetensors</source>
        <translation>学習済みネットワークを .safetensors として保存します</translation>
    </message>
    <message>
        <source>Analyse saved model…</source>
        <translation>保存したモデルを解析…</translation>
    </message>
    <message>
        <source>Run the ELM analysis of a saved model on the open dataset</source>
        <translation>開いているデータセットで、保存したモデルの ELM 解析を実行します</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>図をエクスポート…</translation>
    </message>
    <message>
        <source>Export the figure in front as PNG, SVG or PDF</source>
        <translation>前面の図を PNG、SVG、PDF としてエクスポートします</translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation>すべての図をエクスポート…</translation>
    </message>
    <message>
        <source>Export every figure into a folder</source>
        <translation>すべての図をフォルダーにエクスポートします</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>ガイドツアー</translation>
    </message>
    <message>
        <source>A walk from simulation to the four-genotype cluster plot</source>
        <translation>シミュレーションから 4 つの遺伝子型クラスター図までの解説</translation>
    </message>
    <message>
        <source>Train and analyse</source>
        <translation>学習して解析</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>What ELM shows</source>
        <translation>ELM でわかること</translation>
    </message>
    <message>
        <source>A neural network learns to predict phenotypes from genotypes. Because this network has no biases and Leaky-ReLU units, its output is exactly &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;: a linear map, different for each individual. The Jacobian J(x) holds the network&apos;s &lt;b&gt;sensitivities&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, and they carry the genetics: their mean is the additive effect, their spread comes from epistasis.</source>
        <translation>ニューラルネットワークは遺伝子型から表現型を予測するように学習します。このネットワークにはバイアスがなく Leaky-ReLU ユニットを使うため、出力は厳密に &lt;i&gt;f(x) = J(x)·x&lt;/i&gt;、つまり個体ごとに異なる線形写像になります。ヤコビ行列 J(x) にはネットワークの&lt;b&gt;感度&lt;/b&gt; ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; が含まれ、そこに遺伝学的な情報が宿ります。感度の平均が相加効果であり、そのばらつきはエピスタシスに由来します。</translation>
    </message>
    <message>
        <source>1. Simulate a population</source>
        <translation>1. 集団をシミュレーションする</translation>
    </message>
    <message>
        <source>Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. Press &lt;b&gt;Simulate and open&lt;/b&gt;: the true effects are written too, so every estimate can be checked.</source>
        <translation>遺伝子座、相互作用するペア、そして形質ごとに遺伝分散のうちどれだけがエピスタシスによるかを選びます。&lt;b&gt;シミュレーションして開く&lt;/b&gt;を押すと真の効果も書き出されるので、すべての推定値を検証できます。</translation>
    </message>
    <message>
        <source>2. The dataset</source>
        <translation>2. データセット</translation>
    </message>
    <message>
        <source>The summary lists samples, loci, traits and the train/test split, and whether true effects are known. You can open your own data here instead (HDF5, AlphaSimR text or PLINK).</source>
        <translation>概要には、サンプル、遺伝子座、形質、学習／テストの分割と、真の効果が既知かどうかが表示されます。代わりに独自のデータ（HDF5、AlphaSimR テキスト、PLINK）をここで開くこともできます。</translation>
    </message>
    <message>
        <source>3. Train the network</source>
        <translation>3. ネットワークを学習させる</translation>
    </message>
    <message>
        <source>The form holds the pub&apos;s recipe. For a quick look set &lt;b&gt;Max epochs&lt;/b&gt; to 10, then press &lt;b&gt;Train and analyse&lt;/b&gt;. Training runs in the background; you can keep exploring or cancel.</source>
        <translation>フォームには原論文の設定が入っています。手早く試すには&lt;b&gt;最大エポック数&lt;/b&gt;を 10 にして&lt;b&gt;学習して解析&lt;/b&gt;を押してください。学習はバックグラウンドで実行されるので、操作を続けることもキャンセルすることもできます。</translation>
    </message>
    <message>
        <source>4. Loss curves</source>
        <translation>4. 損失曲線</translation>
    </message>
    <message>
        <source>Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch is the best one, restored when early stopping ends training.</source>
        <translation>エポックごとの学習損失と監視損失です。破線は学習率の引き下げを示し、マークされたエポックが最良のエポックで、早期終了で学習が終わるとその状態に戻されます。</translation>
    </message>
    <message>
        <source>5. J·x equals the output</source>
        <translation>5. J·x は出力に等しい</translation>
    </message>
    <message>
        <source>Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map reproduces the network exactly, so reading effects off J(x) loses nothing.</source>
        <translation>各点は 1 つのテスト個体です。すべて 1:1 線上にあり、個体ごとの線形写像がネットワークを正確に再現しているため、J(x) から効果を読み取っても何も失われません。</translation>
    </message>
    <message>
        <source>6. Additive effects</source>
        <translation>6. 相加効果</translation>
    </message>
    <message>
        <source>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;. Averaged over individuals the epistatic part cancels (x&lt;sub&gt;j&lt;/sub&gt; averages to about 0), leaving β&lt;sub&gt;i&lt;/sub&gt;: the mean sensitivity should fall on the 1:1 line against the true additive effect.</source>
        <translation>∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;j&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;。個体について平均するとエピスタシスの項は打ち消され（x&lt;sub&gt;j&lt;/sub&gt; の平均はほぼ 0）、β&lt;sub&gt;i&lt;/sub&gt; が残ります。平均感度は真の相加効果に対して 1:1 線上に並ぶはずです。</translation>
    </message>
    <message>
        <source>7. Epistatic loci</source>
        <translation>7. エピスタシスを示す遺伝子座</translation>
    </message>
    <message>
        <source>The variance of ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; over individuals is β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;): zero for a purely additive locus, growing with the square of its interaction. Loci high on this plot are the candidates for epistasis.</source>
        <translation>個体間での ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; の分散は β&lt;sub&gt;ij&lt;/sub&gt;² Var(x&lt;sub&gt;j&lt;/sub&gt;) です。純粋に相加的な遺伝子座では 0 で、相互作用の 2 乗に比例して大きくなります。この図で上位にある遺伝子座がエピスタシスの候補です。</translation>
    </message>
    <message>
        <source>8. All pairs at once</source>
        <translation>8. すべてのペアを一度に</translation>
    </message>
    <message>
        <source>Each cell is the estimated β&lt;sub&gt;ij&lt;/sub&gt; for a pair of loci. &lt;b&gt;Click a bright cell&lt;/b&gt; to see that pair&apos;s four genotype clusters.</source>
        <translation>各セルは遺伝子座ペアの推定 β&lt;sub&gt;ij&lt;/sub&gt; です。&lt;b&gt;色の濃いセルをクリック&lt;/b&gt;すると、そのペアの 4 つの遺伝子型クラスターが表示されます。</translation>
    </message>
    <message>
        <source>9. Four genotype clusters</source>
        <translation>9. 4 つの遺伝子型クラスター</translation>
    </message>
    <message>
        <source>Each individual is a point (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;), coloured by its genotype at the two loci. With epistasis the sensitivity to i shifts by 2β&lt;sub&gt;ij&lt;/sub&gt; when j flips: four separate clusters. Without it, the clusters collapse into one.</source>
        <translation>各個体は点 (∂P/∂x&lt;sub&gt;i&lt;/sub&gt;, ∂P/∂x&lt;sub&gt;j&lt;/sub&gt;) で、2 つの遺伝子座での遺伝子型によって色分けされています。エピスタシスがあると、j が反転したときに i に対する感度が 2β&lt;sub&gt;ij&lt;/sub&gt; だけずれ、4 つの離れたクラスターになります。エピスタシスがなければ、クラスターは 1 つに重なります。</translation>
    </message>
    <message>
        <source>10. Keep and share</source>
        <translation>10. 保存と共有</translation>
    </message>
    <message>
        <source>Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come back to this exact view. &lt;code&gt;locuscope export-figures&lt;/code&gt; makes the same figures without a display.</source>
        <translation>どの図も PNG（サイズと DPI を指定）、SVG、PDF として個別に、またはまとめてエクスポートできます。セッションを保存すれば、この表示にそのまま戻れます。&lt;code&gt;locuscope export-figures&lt;/code&gt; を使うと、ディスプレイなしで同じ図を作成できます。</translation>
    </message>
    <message>
        <source>Wait for “%1” to finish, or cancel it.</source>
        <translation>「%1」が終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing was written.</source>
        <translation>「%1」はキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Choose a dataset first: a folder or one of its files.</source>
        <translation>先にデータセット（フォルダーまたはその中のファイル）を選択してください。</translation>
    </message>
    <message>
        <source>Open dataset %1</source>
        <translation>データセット %1 を開く</translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;読み込み中…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose a folder for the simulated dataset.</source>
        <translation>シミュレーションデータセットの保存先フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Simulate %1 individuals × %2 loci</source>
        <translation>%1 個体 × %2 遺伝子座をシミュレーション</translation>
    </message>
    <message>
        <source>Open or simulate a dataset first.</source>
        <translation>先にデータセットを開くかシミュレーションしてください。</translation>
    </message>
    <message>
        <source>Train and analyse ELM, %1 replicates</source>
        <translation>ELM の学習と解析（反復 %1 回）</translation>
    </message>
    <message>
        <source>Train and analyse ELM</source>
        <translation>ELM の学習と解析</translation>
    </message>
    <message>
        <source>Open the dataset the model should be analysed on first.</source>
        <translation>先に、モデルの解析に使うデータセットを開いてください。</translation>
    </message>
    <message>
        <source>Analyse model %1</source>
        <translation>モデル %1 を解析</translation>
    </message>
    <message>
        <source>Open results %1</source>
        <translation>結果 %1 を開く</translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation>保存できる学習済みモデルはまだありません。</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>モデルを %1 に保存しました</translation>
    </message>
    <message>
        <source>Save session %1</source>
        <translation>セッション %1 を保存</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>セッションを %1 に保存しました</translation>
    </message>
    <message>
        <source>Open session %1</source>
        <translation>セッション %1 を開く</translation>
    </message>
    <message>
        <source>Unknown figure format “%1” (png, svg, pdf)</source>
        <translation>不明な図の形式「%1」（png, svg, pdf）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation>図の保存先フォルダー</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Analyse a saved model</source>
        <translation>保存したモデルを解析</translation>
    </message>
    <message>
        <source>Results folder of locuscope-cli elm</source>
        <translation>locuscope-cli elm の結果フォルダー</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Locuscope sessions (*.json)</source>
        <translation>Locuscope セッション (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
</context>
<context>
    <name>locuscope::ExportFigureDialog</name>
    <message>
        <source>Export figure</source>
        <translation>図をエクスポート</translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation>PNG 画像（ラスター）</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 図形（ベクター）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文書（ベクター）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>幅(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高さ(&amp;H)：</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 × %2 cm at %3 dpi</source>
        <translation>%1 × %2 cm（%3 dpi）</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to save the figure to.</source>
        <translation>図を保存するファイルを選択してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>locuscope::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>End tour</source>
        <translation>ツアーを終了</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
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
    <name>locuscope::LocusEstimateFigure</name>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>図を表示するには ELM 解析を実行してください。</translation>
    </message>
    <message>
        <source>The report holds no per-locus estimates for this trait.</source>
        <translation>レポートにはこの形質の遺伝子座ごとの推定値がありません。</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>遺伝子座</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選択中</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>負</translation>
    </message>
    <message>
        <source>locus, ranked (no simulated truth in these data)</source>
        <translation>遺伝子座（順位、このデータにはシミュレーションの真値なし）</translation>
    </message>
</context>
<context>
    <name>locuscope::LocusTrackPanel</name>
    <message>
        <source>Genes</source>
        <translation>遺伝子</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>変異</translation>
    </message>
    <message>
        <source>Predicted
methylation</source>
        <translation>予測
メチル化</translation>
    </message>
    <message>
        <source>Δ methylation
(alt − ref)</source>
        <translation>Δ メチル化
（alt − ref）</translation>
    </message>
    <message>
        <source>Observed
methylation</source>
        <translation>観測
メチル化</translation>
    </message>
    <message>
        <source>GWAS
−log10(p)</source>
        <translation>GWAS
−log10(p)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>寄与度</translation>
    </message>
    <message>
        <source>ISM</source>
        <translation>ISM</translation>
    </message>
    <message>
        <source>Sequence
logo</source>
        <translation>配列
ロゴ</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>alternative (variant)</source>
        <translation>代替（変異）</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>%1 position (attribution window)</source>
        <translation>%1 の位置（寄与度ウィンドウ）</translation>
    </message>
    <message>
        <source>integrated gradients (sum over bases)</source>
        <translation>統合勾配（塩基の総和）</translation>
    </message>
    <message>
        <source>saliency (gradient × input)</source>
        <translation>サリエンシー（勾配 × 入力）</translation>
    </message>
    <message>
        <source>Δ prediction</source>
        <translation>Δ 予測値</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>統合勾配</translation>
    </message>
    <message>
        <source>gradient × input</source>
        <translation>勾配 × 入力</translation>
    </message>
    <message>
        <source>%1 position</source>
        <translation>%1 の位置</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <translation>%1
%2 = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1 (%2)
TSS %3:%4, strand %5</source>
        <translation>%1（%2）
TSS %3:%4、鎖 %5</translation>
    </message>
    <message>
        <source>CpG %1:%2 (%3)
reference %4</source>
        <translation>CpG %1:%2（%3）
参照 %4</translation>
    </message>
    <message>
        <source>
alternative %1, Δ %2</source>
        <translation>
代替 %1、Δ %2</translation>
    </message>
    <message>
        <source>%1:%2
β %3</source>
        <translation>%1:%2
β %3</translation>
    </message>
    <message>
        <source>, coverage %1</source>
        <translation>、カバレッジ %1</translation>
    </message>
    <message>
        <source>%1
p = %2, MRV %3</source>
        <translation>%1
p = %2、MRV %3</translation>
    </message>
    <message>
        <source>%1:%2 %3</source>
        <translation>%1:%2 %3</translation>
    </message>
    <message>
        <source>
gradient × input %1</source>
        <translation>
勾配 × 入力 %1</translation>
    </message>
    <message>
        <source>
integrated gradients %1</source>
        <translation>
統合勾配 %1</translation>
    </message>
    <message>
        <source>
ISM A %1, C %2, G %3, T %4</source>
        <translation>
ISM A %1、C %2、G %3、T %4</translation>
    </message>
    <message>
        <source>Unknown track %1</source>
        <translation>不明なトラック %1</translation>
    </message>
    <message>
        <source>Figure size must be 16–20000 px and resolution 10–4800 dpi</source>
        <translation>図のサイズは 16～20000 px、解像度は 10～4800 dpi にしてください</translation>
    </message>
    <message>
        <source>There are no tracks to export</source>
        <translation>エクスポートするトラックがありません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Locus tracks %1:%2-%3</source>
        <translation>遺伝子座トラック %1:%2-%3</translation>
    </message>
    <message>
        <source>Could not render the tracks to %1</source>
        <translation>トラックを %1 に描画できませんでした</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 を置き換えられません：%2</translation>
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
    <message>
        <source>&amp;Epistasis</source>
        <translation>エピスタシス(&amp;E)</translation>
    </message>
</context>
<context>
    <name>locuscope::MethylationWorkspace</name>
    <message>
        <source>Locuscope did not close cleanly last time. &lt;a href=&quot;recover&quot;&gt;Restore the autosaved methylation session&lt;/a&gt;.</source>
        <translation>前回、Locuscope は正常に終了しませんでした。&lt;a href=&quot;recover&quot;&gt;自動保存されたメチル化セッションを復元&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Methylation&lt;/h2&gt;&lt;p&gt;INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT: how single-nucleotide variants change CpG methylation. A variant&apos;s MRV score is the largest |alt − ref| of predicted methylation over the CpGs within 1 kb.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;メチル化&lt;/h2&gt;&lt;p&gt;INTERACT（Zhou et al., PNAS 2022）と Cell-type-INTERACT：一塩基変異が CpG メチル化をどのように変化させるか。変異の MRV スコアは、1 kb 以内の CpG における予測メチル化の |alt − ref| の最大値です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo locus</source>
        <translation>デモの遺伝子座を開く</translation>
    </message>
    <message>
        <source>A synthetic genome with planted CpG islands and motifs, a small model trained on it, genes, variants and GWAS statistics</source>
        <translation>CpG アイランドとモチーフを埋め込んだ合成ゲノム、それで学習した小さなモデル、遺伝子、変異、GWAS 統計量</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Reference genome (FASTA)…</source>
        <translation>参照ゲノム（FASTA）…</translation>
    </message>
    <message>
        <source>Variants (VCF/BCF)…</source>
        <translation>変異（VCF/BCF）…</translation>
    </message>
    <message>
        <source>Genes (BED/GTF)…</source>
        <translation>遺伝子（BED/GTF）…</translation>
    </message>
    <message>
        <source>Methylation model…</source>
        <translation>メチル化モデル…</translation>
    </message>
    <message>
        <source>Observed methylation…</source>
        <translation>観測メチル化…</translation>
    </message>
    <message>
        <source>GWAS summary statistics…</source>
        <translation>GWAS 要約統計量…</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>セッション…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>セッションを保存…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Gene, chr:start-end, chr:pos or variant ID</source>
        <translation>遺伝子、chr:開始-終了、chr:位置、または変異 ID</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Next top variant</source>
        <translation>次の上位変異</translation>
    </message>
    <message>
        <source>Select the scored variant with the next highest MRV score</source>
        <translation>MRV スコアが次に高い、スコア算出済みの変異を選択します</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア算出</translation>
    </message>
    <message>
        <source>Score selection</source>
        <translation>選択範囲のスコアを算出</translation>
    </message>
    <message>
        <source>Score locus</source>
        <translation>遺伝子座のスコアを算出</translation>
    </message>
    <message>
        <source>Score whole VCF</source>
        <translation>VCF 全体のスコアを算出</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Track panel as figure…</source>
        <translation>トラックパネルを図として…</translation>
    </message>
    <message>
        <source>One track as figure…</source>
        <translation>1 つのトラックを図として…</translation>
    </message>
    <message>
        <source>Scores as TSV…</source>
        <translation>スコアを TSV として…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>スコアをエクスポート</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Scored variants as annotated VCF…</source>
        <translation>スコア算出済みの変異を注釈付き VCF として…</translation>
    </message>
    <message>
        <source>Export annotated VCF</source>
        <translation>注釈付き VCF をエクスポート</translation>
    </message>
    <message>
        <source>VCF (*.vcf *.vcf.gz *.bcf)</source>
        <translation>VCF (*.vcf *.vcf.gz *.bcf)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>変異</translation>
    </message>
    <message>
        <source>The open VCF shown in the table and on the variants track</source>
        <translation>表と変異トラックに表示する、開いている VCF</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>色分け</translation>
    </message>
    <message>
        <source>Filter: ID, contig, chr:start-end</source>
        <translation>フィルター：ID、コンティグ、chr:開始-終了</translation>
    </message>
    <message>
        <source>SNVs</source>
        <translation>SNV</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>スコア算出済み</translation>
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
        <translation>「%1」はキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Open reference %1</source>
        <translation>参照 %1 を開く</translation>
    </message>
    <message>
        <source>Open variants %1 (first records)</source>
        <translation>変異 %1 を開く（先頭のレコード）</translation>
    </message>
    <message>
        <source>Open variants %1</source>
        <translation>変異 %1 を開く</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n variant(s) while the rest of %1 is read…</source>
        <translation>
            <numerusform>%1 の残りを読み込む間、最初の %n 件の変異を表示しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open genes %1</source>
        <translation>遺伝子 %1 を開く</translation>
    </message>
    <message>
        <source>Open observed methylation %1</source>
        <translation>観測メチル化 %1 を開く</translation>
    </message>
    <message>
        <source>Open GWAS statistics %1</source>
        <translation>GWAS 統計量 %1 を開く</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: the reference has no contig “%2”</source>
        <translation>%1：参照にコンティグ「%2」がありません</translation>
    </message>
    <message>
        <source>%1: past the end of %2 (%3 bp)</source>
        <translation>%1：%2 の末尾（%3 bp）を超えています</translation>
    </message>
    <message>
        <source>“%1” is not a region, a gene in the open annotation or a variant ID in the open VCF.</source>
        <translation>「%1」は領域でも、開いているアノテーションの遺伝子でも、開いている VCF の変異 ID でもありません。</translation>
    </message>
    <message>
        <source>No scored variant to go to: score the locus or the VCF first.</source>
        <translation>移動先のスコア算出済み変異がありません。先に遺伝子座または VCF のスコアを算出してください。</translation>
    </message>
    <message>
        <source>Zoom in to at most %1 kb to see predicted methylation.</source>
        <translation>予測メチル化を表示するには、%1 kb 以下まで拡大してください。</translation>
    </message>
    <message>
        <source>Predict methylation %1</source>
        <translation>%1 のメチル化を予測</translation>
    </message>
    <message>
        <source>Attributions at %1</source>
        <translation>%1 の寄与度</translation>
    </message>
    <message>
        <source>Scoring needs a reference genome, a VCF and a methylation model.</source>
        <translation>スコアの算出には、参照ゲノム、VCF、メチル化モデルが必要です。</translation>
    </message>
    <message>
        <source>Scored %1 SNVs (%2 without a CpG within reach). %3</source>
        <translation>%1 個の SNV のスコアを算出しました（範囲内に CpG がないもの %2 個）。%3</translation>
    </message>
    <message>
        <source>Select one or more variants in the table first.</source>
        <translation>先に表で 1 つ以上の変異を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Score %n selected variant(s)</source>
        <translation>
            <numerusform>選択した %n 件の変異のスコアを算出</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to a locus first.</source>
        <translation>先に遺伝子座へ移動してください。</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>%1 のスコアを算出</translation>
    </message>
    <message>
        <source>Score the whole VCF</source>
        <translation>VCF 全体のスコアを算出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scored variant(s) to %1.</source>
        <translation>
            <numerusform>スコア算出済みの変異 %n 件を %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scored yet: score a selection, the locus or the VCF first.</source>
        <translation>まだスコアが算出されていません。先に選択範囲、遺伝子座、または VCF のスコアを算出してください。</translation>
    </message>
    <message>
        <source>Export annotated VCF %1</source>
        <translation>注釈付き VCF %1 をエクスポート</translation>
    </message>
    <message>
        <source>Could not export the figure: %1</source>
        <translation>図をエクスポートできませんでした：%1</translation>
    </message>
    <message>
        <source>Could not export the track: %1</source>
        <translation>トラックをエクスポートできませんでした：%1</translation>
    </message>
    <message>
        <source>%1: the session refers to %2, which does not exist</source>
        <translation>%1：セッションが参照している %2 は存在しません</translation>
    </message>
    <message>
        <source>Read saved scores</source>
        <translation>保存したスコアを読み込む</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>遺伝子</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>観測値</translation>
    </message>
    <message>
        <source>GWAS</source>
        <translation>GWAS</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 件の変異</numerusform>
        </translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Locuscope session (*.json)</source>
        <translation>Locuscope セッション (*.json)</translation>
    </message>
</context>
<context>
    <name>locuscope::PairClusterFigure</name>
    <message>
        <source>Choose the pair of loci to plot</source>
        <translation>描画する遺伝子座ペアを選択します</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>ペア：</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>上位のペア</translation>
    </message>
    <message>
        <source>by estimated |β̂ᵢⱼ|</source>
        <translation>推定 |β̂ᵢⱼ| の順</translation>
    </message>
    <message>
        <source>by true |βᵢⱼ|</source>
        <translation>真の |βᵢⱼ| の順</translation>
    </message>
    <message>
        <source>Click a pair to plot its genotype clusters</source>
        <translation>ペアをクリックすると、その遺伝子型クラスターを描画します</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of a locus pair</source>
        <translation>図 5 · 遺伝子座ペアの遺伝子型クラスター</translation>
    </message>
    <message>
        <source>Fig 5 · Genotype clusters of %1</source>
        <translation>図 5 · %1 の遺伝子型クラスター</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistasis makes four clusters&lt;/h3&gt;&lt;p&gt;Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on the genotype at j, and the other way round:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample, placed by its two sensitivities and coloured by its genotypes at the two loci. With epistasis the samples fall into four clusters, one per genotype combination, shifted by ±β&lt;sub&gt;ij&lt;/sub&gt; along each axis (sometimes a parallelogram, because other loci add their own spread). Without epistasis the clusters sit on top of each other.&lt;/p&gt;&lt;p&gt;The crosses mark the class means; the estimate combines them:&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;), averaged over both loci.&lt;/p&gt;&lt;p&gt;Pick a pair above, click one in the list, or click a cell of the epistasis map. For diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no class and do not enter β̂&lt;sub&gt;ij&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;エピスタシスは 4 つのクラスターを生む&lt;/h3&gt;&lt;p&gt;相互作用する 2 つの遺伝子座 i と j を考えます。遺伝子座 i に対する表現型の感度は j の遺伝子型に依存し、その逆も同様です。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt; &amp;nbsp;&amp;nbsp; ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; = β&lt;sub&gt;j&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;各点は 1 つのテストサンプルで、2 つの感度で位置が決まり、2 つの遺伝子座での遺伝子型で色分けされています。エピスタシスがあると、サンプルは遺伝子型の組み合わせごとに 4 つのクラスターに分かれ、各軸に沿って ±β&lt;sub&gt;ij&lt;/sub&gt; ずれます（他の遺伝子座もばらつきを加えるため、平行四辺形になることもあります）。エピスタシスがなければ、クラスターは重なり合います。&lt;/p&gt;&lt;p&gt;十字はクラスの平均を示し、推定値はそれらを組み合わせたものです。&lt;br/&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;−−&lt;/sub&gt; − s̄&lt;sub&gt;−+&lt;/sub&gt; + s̄&lt;sub&gt;+−&lt;/sub&gt; − s̄&lt;sub&gt;++&lt;/sub&gt;)（両方の遺伝子座について平均）&lt;/p&gt;&lt;p&gt;上でペアを選ぶか、リストのペアをクリックするか、エピスタシスマップのセルをクリックしてください。二倍体データでは、どちらかの遺伝子座がヘテロ接合（x = 0）のサンプルは灰色で表示されます。これらはどのクラスにも属さず、β̂&lt;sub&gt;ij&lt;/sub&gt; の計算には含まれません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1   β̂ = %2</source>
        <translation>%1   β̂ = %2</translation>
    </message>
    <message>
        <source>   (true %1)</source>
        <translation>   （真値 %1）</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>図を表示するには ELM 解析を実行してください。</translation>
    </message>
    <message>
        <source>These data have fewer than two loci.</source>
        <translation>このデータの遺伝子座は 2 つ未満です。</translation>
    </message>
    <message>
        <source>Per-sample sensitivities were not kept in this report.
Run the analysis again with &quot;keep sensitivities&quot; to see the genotype clusters.</source>
        <translation>このレポートにはサンプルごとの感度が保存されていません。
遺伝子型クラスターを表示するには、「感度を保持」を有効にして解析を再実行してください。</translation>
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
        <translation>いずれかの遺伝子座でヘテロ接合</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation>（n = %1）</translation>
    </message>
    <message>
        <source>class means</source>
        <translation>クラス平均</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xᵢ)</source>
        <translation>%1 に対する感度（∂f/∂xᵢ）</translation>
    </message>
    <message>
        <source>sensitivity to %1 (∂f/∂xⱼ)</source>
        <translation>%1 に対する感度（∂f/∂xⱼ）</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ = %1</source>
        <translation>推定 βᵢⱼ = %1</translation>
    </message>
    <message>
        <source>
true βᵢⱼ%1 = %2</source>
        <translation>
真の βᵢⱼ%1 = %2</translation>
    </message>
    <message>
        <source>Sample %1
%2 = %3, %4 = %5
∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7</source>
        <translation>サンプル %1
%2 = %3、%4 = %5
∂f/∂xᵢ = %6、∂f/∂xⱼ = %7</translation>
    </message>
</context>
<context>
    <name>locuscope::PairwiseEpistasisFigure</name>
    <message>
        <source>Fig 6 · Pairwise epistasis estimates (ranked)</source>
        <translation>図 6 · ペアワイズ・エピスタシスの推定値（順位）</translation>
    </message>
    <message>
        <source>Fig 10 · Pairwise epistasis, mean of %1 replicates</source>
        <translation>図 10 · ペアワイズ・エピスタシス（%1 回の反復の平均）</translation>
    </message>
    <message>
        <source>Fig 6 · Pairwise epistasis</source>
        <translation>図 6 · ペアワイズ・エピスタシス</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading every pairwise interaction off the network&lt;/h3&gt;&lt;p&gt;For each pair of loci (i, j) the test samples fall into four genotype classes. The mean sensitivity to locus i moves by 2β&lt;sub&gt;ij&lt;/sub&gt; when x&lt;sub&gt;j&lt;/sub&gt; flips from −1 to +1, so the four class means give&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;, averaged with the same estimate from locus j.&lt;/p&gt;&lt;p&gt;Each point is one pair of loci. Most pairs do not interact (true β&lt;sub&gt;ij&lt;/sub&gt; = 0) and should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the least-squares line says how much of each interaction the network captured (the pub finds about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².&lt;/p&gt;&lt;p&gt;With several replicate models (fresh noise and initialisation each) the points are the mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which matters most at low heritability.&lt;/p&gt;&lt;p&gt;Click a point to show that pair&apos;s genotype clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ネットワークからすべてのペアワイズ相互作用を読み取る&lt;/h3&gt;&lt;p&gt;各遺伝子座ペア (i, j) について、テストサンプルは 4 つの遺伝子型クラスに分かれます。x&lt;sub&gt;j&lt;/sub&gt; が −1 から +1 に変わると遺伝子座 i に対する平均感度は 2β&lt;sub&gt;ij&lt;/sub&gt; だけずれるので、4 つのクラス平均から次の式が得られます。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;β̂&lt;sub&gt;ij&lt;/sub&gt; = −¼ (s̄&lt;sub&gt;i&lt;/sub&gt;[−,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[−,+] + s̄&lt;sub&gt;i&lt;/sub&gt;[+,−] − s̄&lt;sub&gt;i&lt;/sub&gt;[+,+])&lt;/b&gt;（遺伝子座 j から求めた同じ推定値と平均）&lt;/p&gt;&lt;p&gt;各点は 1 つの遺伝子座ペアです。ほとんどのペアは相互作用しない（真の β&lt;sub&gt;ij&lt;/sub&gt; = 0）ため 0 付近に集まり、相互作用する少数のペアは 1:1 線に沿うはずです。最小二乗直線の傾きは、ネットワークが各相互作用のどれだけを捉えたかを示します（原論文では約 0.86）。r² = 1 − Σ(真値 − 推定値)² / Σ(真値 − 平均)²。&lt;/p&gt;&lt;p&gt;複数の反復モデル（毎回新しいノイズと初期化）がある場合、点は推定値の平均で、バーは ±1 標準偏差を示します。平均をとることで偽陽性が取り除かれ、これは遺伝率が低いときに特に重要です。&lt;/p&gt;&lt;p&gt;点をクリックすると、そのペアの遺伝子型クラスターが表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>図を表示するには ELM 解析を実行してください。</translation>
    </message>
    <message>
        <source>The report holds no pairwise estimates for this trait.</source>
        <translation>レポートにはこの形質のペアワイズ推定値がありません。</translation>
    </message>
    <message>
        <source>replicate 1</source>
        <translation>反復 1</translation>
    </message>
    <message>
        <source>mean of %1 replicates ± sd</source>
        <translation>%1 回の反復の平均 ± 標準偏差</translation>
    </message>
    <message>
        <source>locus pairs</source>
        <translation>遺伝子座ペア</translation>
    </message>
    <message>
        <source>true pairwise effect βᵢⱼ%1</source>
        <translation>真のペアワイズ効果 βᵢⱼ%1</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ (replicate mean)</source>
        <translation>推定 βᵢⱼ（反復の平均）</translation>
    </message>
    <message>
        <source>estimated βᵢⱼ</source>
        <translation>推定 βᵢⱼ</translation>
    </message>
    <message>
        <source>1:1 (perfect recovery)</source>
        <translation>1:1（完全な復元）</translation>
    </message>
    <message>
        <source>least-squares fit</source>
        <translation>最小二乗フィット</translation>
    </message>
    <message>
        <source>Slope = %1, r² = %2
%3 pairs</source>
        <translation>傾き = %1、r² = %2
%3 ペア</translation>
    </message>
    <message>
        <source>No epistatic pairs in the simulation for this trait: no fit
%1 pairs</source>
        <translation>シミュレーションにこの形質のエピスタシス対がないため、フィットしません
%1 ペア</translation>
    </message>
    <message>
        <source>pair rank by |estimated βᵢⱼ| (no simulated truth in these data)</source>
        <translation>|推定 βᵢⱼ| によるペアの順位（このデータにはシミュレーションの真値なし）</translation>
    </message>
    <message>
        <source>β̂ᵢⱼ = %1</source>
        <translation>β̂ᵢⱼ = %1</translation>
    </message>
    <message>
        <source> ± %1 (sd over replicates)</source>
        <translation> ± %1（反復間の標準偏差）</translation>
    </message>
    <message>
        <source>true βᵢⱼ%1 = %2</source>
        <translation>真の βᵢⱼ%1 = %2</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>順位 %1</translation>
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
    <name>locuscope::ReconstructionFigure</name>
    <message>
        <source>Fig 1 · Linear reconstruction J(x)·x = f(x)</source>
        <translation>図 1 · 線形再構成 J(x)·x = f(x)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The network is exactly linear around every genotype&lt;/h3&gt;&lt;p&gt;The network has no bias terms and uses Leaky-ReLU activations, so for each genotype &lt;i&gt;x&lt;/i&gt; it behaves like a linear map: its output equals its Jacobian (the sensitivity of the output to every locus) times the genotype.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each point is one test sample: the network&apos;s prediction across, the sum of its per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest gap shown in the box, float rounding only) mean the sensitivities are a complete, exact account of every prediction — the basis of all later figures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ネットワークはどの遺伝子型の周りでも厳密に線形&lt;/h3&gt;&lt;p&gt;このネットワークにはバイアス項がなく、Leaky-ReLU 活性化関数を使うため、各遺伝子型 &lt;i&gt;x&lt;/i&gt; に対して線形写像のように振る舞います。つまり出力は、ヤコビ行列（各遺伝子座に対する出力の感度）と遺伝子型の積に等しくなります。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;f(x) = J(x) · x = Σ&lt;sub&gt;i&lt;/sub&gt; ∂f/∂x&lt;sub&gt;i&lt;/sub&gt; · x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;各点は 1 つのテストサンプルで、横軸がネットワークの予測、縦軸が遺伝子座ごとの感度と遺伝子型の積の和です。すべての点が破線の 1:1 線上にあれば（最大のずれは枠内に表示、浮動小数点の丸め誤差のみ）、感度はすべての予測を完全かつ正確に説明しており、これが以降のすべての図の基礎となります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>図を表示するには ELM 解析を実行してください。</translation>
    </message>
    <message>
        <source>The report holds no test predictions.</source>
        <translation>レポートにはテストの予測値がありません。</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>テストサンプル</translation>
    </message>
    <message>
        <source>model output f(x)</source>
        <translation>モデル出力 f(x)</translation>
    </message>
    <message>
        <source>linear reconstruction J(x)·x</source>
        <translation>線形再構成 J(x)·x</translation>
    </message>
    <message>
        <source>max |J(x)·x − f(x)| = %1
all traits: %2
n = %3 test samples</source>
        <translation>max |J(x)·x − f(x)| = %1
全形質：%2
n = %3 テストサンプル</translation>
    </message>
    <message>
        <source>Sample %1
f(x) = %2
J(x)·x = %3</source>
        <translation>サンプル %1
f(x) = %2
J(x)·x = %3</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityPcaFigure</name>
    <message>
        <source>Principal components of the sensitivities</source>
        <translation>感度の主成分</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which loci vary together?&lt;/h3&gt;&lt;p&gt;Every test sample has a sensitivity vector: how much the prediction would change per locus, ∂P/∂x&lt;sub&gt;i&lt;/sub&gt;. PCA finds the directions in which these vectors differ most between samples.&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; (scores t, loadings w)&lt;/p&gt;&lt;p&gt;Purely additive loci have the same sensitivity in every genome and contribute nothing. An epistatic pair (i, j) makes ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; follow x&lt;sub&gt;j&lt;/sub&gt; and ∂P/∂x&lt;sub&gt;j&lt;/sub&gt; follow x&lt;sub&gt;i&lt;/sub&gt;, so each interacting pair adds its own component of variance β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;. The bars show the share of variance per component; the scatter places each locus by its loadings on the first two components — loci far from the origin drive them, and the partners of a strong pair load together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;どの遺伝子座が一緒に変動するか？&lt;/h3&gt;&lt;p&gt;各テストサンプルは感度ベクトル、つまり遺伝子座ごとに予測がどれだけ変わるか（∂P/∂x&lt;sub&gt;i&lt;/sub&gt;）をもっています。PCA（主成分分析）は、これらのベクトルがサンプル間で最も大きく異なる方向を見つけます。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;S − S̄ ≈ Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; · w&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt; &amp;nbsp; （スコア t、負荷量 w）&lt;/p&gt;&lt;p&gt;純粋に相加的な遺伝子座はどのゲノムでも同じ感度をもち、何も寄与しません。エピスタシス対 (i, j) があると ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; は x&lt;sub&gt;j&lt;/sub&gt; に、∂P/∂x&lt;sub&gt;j&lt;/sub&gt; は x&lt;sub&gt;i&lt;/sub&gt; に従って変化するため、相互作用する各ペアが独自の分散成分 β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; を加えます。バーは成分ごとの分散の割合を示し、散布図は最初の 2 つの成分への負荷量で各遺伝子座を配置します。原点から遠い遺伝子座がそれらの成分を主導し、強いペアの相手同士は同じように負荷します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run an ELM analysis to see its figures.</source>
        <translation>図を表示するには ELM 解析を実行してください。</translation>
    </message>
    <message>
        <source>The report holds no PCA of the sensitivities for this trait.</source>
        <translation>レポートにはこの形質の感度の PCA がありません。</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>寄与率</translation>
    </message>
    <message>
        <source>principal component</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>variance explained (%)</source>
        <translation>寄与率（%）</translation>
    </message>
    <message>
        <source>loading on PC1 (%1 %)</source>
        <translation>PC1 の負荷量（%1 %）</translation>
    </message>
    <message>
        <source>loading on PC2 (%1 %)</source>
        <translation>PC2 の負荷量（%1 %）</translation>
    </message>
    <message>
        <source>additive only (simulation)</source>
        <translation>相加のみ（シミュレーション）</translation>
    </message>
    <message>
        <source>in an epistatic pair (simulation)</source>
        <translation>エピスタシス対に含まれる（シミュレーション）</translation>
    </message>
    <message>
        <source>loci</source>
        <translation>遺伝子座</translation>
    </message>
    <message>
        <source>%1
PC1 loading %2
PC2 loading %3</source>
        <translation>%1
PC1 負荷量 %2
PC2 負荷量 %3</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the sensitivity variance</source>
        <translation>PC%1：感度の分散の %2 %</translation>
    </message>
</context>
<context>
    <name>locuscope::SensitivityVarianceFigure</name>
    <message>
        <source>Fig 3 · Candidate epistatic loci (sensitivity variance)</source>
        <translation>図 3 · エピスタシス候補の遺伝子座（感度の分散）</translation>
    </message>
    <message>
        <source>Fig 3 · Sensitivity variance and epistasis</source>
        <translation>図 3 · 感度の分散とエピスタシス</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Epistatic loci have sensitivities that vary&lt;/h3&gt;&lt;p&gt;A purely additive locus has the same effect in every genome: its sensitivity ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; is a constant. A locus in an epistatic pair has an effect that depends on its partner&apos;s genotype:&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp; so &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for x&lt;sub&gt;j&lt;/sub&gt; = ±1 at allele frequency ½. So the variance of a locus&apos;s sensitivity over the population grows with the &lt;i&gt;square&lt;/i&gt; of its epistatic effect: the points should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).&lt;/p&gt;&lt;p&gt;Without simulated truth the bars rank loci by sensitivity variance: the loci at the left are the best candidates for epistatic interactions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;エピスタシスを示す遺伝子座は感度が変動する&lt;/h3&gt;&lt;p&gt;純粋に相加的な遺伝子座は、どのゲノムでも同じ効果をもちます。その感度 ∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; は定数です。エピスタシス対に含まれる遺伝子座の効果は、相手の遺伝子型に依存します。&lt;/p&gt;&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;∂P/∂x&lt;sub&gt;i&lt;/sub&gt; = β&lt;sub&gt;i&lt;/sub&gt; + β&lt;sub&gt;ij&lt;/sub&gt; · x&lt;sub&gt;j&lt;/sub&gt;、&amp;nbsp; したがって &amp;nbsp; Var(∂P/∂x&lt;sub&gt;i&lt;/sub&gt;) = β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; · Var(x&lt;sub&gt;j&lt;/sub&gt;) ≈ β&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;（x&lt;sub&gt;j&lt;/sub&gt; = ±1、アレル頻度 ½ の場合）。つまり、集団における遺伝子座の感度の分散は、エピスタシス効果の&lt;i&gt;2 乗&lt;/i&gt;に比例して大きくなり、点は放物線に沿うはずです。破線は y = x²（完全な復元）、実線は二次フィット c + b·x + a·x² で、原論文ではその x² の係数 a（約 0.8）が報告されています。&lt;/p&gt;&lt;p&gt;シミュレーションによる真値がない場合、バーは感度の分散で遺伝子座を順位付けします。左側の遺伝子座ほど、エピスタシス相互作用の有力な候補です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>variance of sensitivity Var(∂f/∂xᵢ)</source>
        <translation>感度の分散 Var(∂f/∂xᵢ)</translation>
    </message>
    <message>
        <source>true epistatic effect βᵢⱼ of the locus&apos;s pair%1</source>
        <translation>遺伝子座のペアの真のエピスタシス効果 βᵢⱼ%1</translation>
    </message>
    <message>
        <source>No epistatic loci in the simulation for this trait: no fit</source>
        <translation>シミュレーションにこの形質のエピスタシス遺伝子座がないため、フィットしません</translation>
    </message>
    <message>
        <source>y = x² (perfect recovery)</source>
        <translation>y = x²（完全な復元）</translation>
    </message>
    <message>
        <source>quadratic fit</source>
        <translation>二次フィット</translation>
    </message>
    <message>
        <source>x² coefficient = %1, r² = %2</source>
        <translation>x² の係数 = %1、r² = %2</translation>
    </message>
</context>
<context>
    <name>locuscope::SimulationForm</name>
    <message>
        <source>&lt;p&gt;Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;pairs&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + noise&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The first sum is additive: each allele shifts P on its own. The second is epistasis: the effect of locus i depends on the allele at its partner j. The share of epistatic variance sets, per trait, how much of the genetic variance comes from the pairs (0 = purely additive).&lt;/p&gt;</source>
        <translation>&lt;p&gt;各サンプルは遺伝子座ごとに 1 つのアレルをもち、x = −1 または +1 で符号化されます。表現型は次のとおりです。&lt;/p&gt;&lt;p align=center&gt;&lt;i&gt;P = Σ&lt;sub&gt;i&lt;/sub&gt; β&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + Σ&lt;sub&gt;ペア&lt;/sub&gt; β&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt; + ノイズ&lt;/i&gt;&lt;/p&gt;&lt;p&gt;第 1 項の和は相加的で、各アレルが単独で P をずらします。第 2 項がエピスタシスで、遺伝子座 i の効果は相手 j のアレルに依存します。エピスタシス分散の割合は、形質ごとに遺伝分散のどれだけがペアに由来するかを決めます（0 = 純粋に相加的）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number of causal loci</source>
        <translation>原因遺伝子座の数</translation>
    </message>
    <message>
        <source>loci / 2</source>
        <translation>遺伝子座数 / 2</translation>
    </message>
    <message>
        <source>Disjoint interacting pairs per trait</source>
        <translation>形質ごとの互いに重ならない相互作用ペアの数</translation>
    </message>
    <message>
        <source>One number per trait: epistatic variance / additive variance (0 = additive only)</source>
        <translation>形質ごとに 1 つの数値：エピスタシス分散 / 相加分散（0 = 相加のみ）</translation>
    </message>
    <message>
        <source>Haploid (x = ±1)</source>
        <translation>半数体（x = ±1）</translation>
    </message>
    <message>
        <source>Diploid (x = dosage − 1)</source>
        <translation>二倍体（x = アレル量 − 1）</translation>
    </message>
    <message>
        <source>Allele-1 frequencies are drawn uniformly between these bounds</source>
        <translation>アレル 1 の頻度は、この範囲から一様に抽出されます</translation>
    </message>
    <message>
        <source>H² = Var(G) / Var(P); 1 adds no environmental noise</source>
        <translation>H² = Var(G) / Var(P)。1 の場合、環境ノイズは加えません</translation>
    </message>
    <message>
        <source>Individuals (85 % train, 15 % test)</source>
        <translation>個体数（学習 85 %、テスト 15 %）</translation>
    </message>
    <message>
        <source>AlphaSimR text (g/p/eff)</source>
        <translation>AlphaSimR テキスト（g/p/eff）</translation>
    </message>
    <message>
        <source>HDF5 train/test pair</source>
        <translation>HDF5 学習／テストのペア</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Loci</source>
        <translation>遺伝子座</translation>
    </message>
    <message>
        <source>Epistatic pairs</source>
        <translation>エピスタシス対</translation>
    </message>
    <message>
        <source>Epistatic share per trait</source>
        <translation>形質ごとのエピスタシスの割合</translation>
    </message>
    <message>
        <source>Ploidy</source>
        <translation>倍数性</translation>
    </message>
    <message>
        <source>Min allele frequency</source>
        <translation>最小アレル頻度</translation>
    </message>
    <message>
        <source>Max allele frequency</source>
        <translation>最大アレル頻度</translation>
    </message>
    <message>
        <source>H²</source>
        <translation>H²</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>個体数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Simulate and open</source>
        <translation>シミュレーションして開く</translation>
    </message>
    <message>
        <source>epistatic share &quot;%1&quot; is not a number</source>
        <translation>エピスタシスの割合「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>Folder for the simulated dataset</source>
        <translation>シミュレーションデータセットのフォルダー</translation>
    </message>
</context>
<context>
    <name>locuscope::TrainingCurvesFigure</name>
    <message>
        <source>Training curves</source>
        <translation>学習曲線</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the network learned&lt;/h3&gt;&lt;p&gt;Each epoch the network sees every training sample once. The &lt;b&gt;training loss&lt;/b&gt; is the mean absolute error on the samples it learns from; the &lt;b&gt;monitored loss&lt;/b&gt; is the same error on samples it never trains on, and decides when to stop.&lt;/p&gt;&lt;p&gt;When the monitored loss stops improving for a few epochs the learning rate is halved (grey dashed lines). Training stops early when it has not improved by more than the minimum step for several epochs, and the weights of the &lt;b&gt;best epoch&lt;/b&gt; are restored: that is the model every other figure analyses.&lt;/p&gt;&lt;p&gt;Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network memorises noise instead of learning the genetic architecture.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ネットワークはどう学習したか&lt;/h3&gt;&lt;p&gt;各エポックで、ネットワークはすべての学習サンプルを 1 回ずつ見ます。&lt;b&gt;学習損失&lt;/b&gt;は学習に使うサンプルでの平均絶対誤差、&lt;b&gt;監視損失&lt;/b&gt;は学習に一度も使わないサンプルでの同じ誤差で、いつ終了するかを決めます。&lt;/p&gt;&lt;p&gt;監視損失が数エポックにわたって改善しないと、学習率は半分になります（灰色の破線）。数エポックにわたって最小ステップを超える改善がないと学習は早期終了し、&lt;b&gt;最良のエポック&lt;/b&gt;の重みが復元されます。これが他のすべての図で解析されるモデルです。&lt;/p&gt;&lt;p&gt;損失 = |P̂ − P| の平均（L1）。監視損失が学習損失を大きく上回る場合、ネットワークは遺伝的構造を学習せずにノイズを記憶しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This report has no training history.</source>
        <translation>このレポートには学習履歴がありません。</translation>
    </message>
    <message>
        <source>Training curves appear here while a model trains.</source>
        <translation>モデルの学習中は、ここに学習曲線が表示されます。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>L1 loss</source>
        <translation>L1 損失</translation>
    </message>
    <message>
        <source>Monitored loss</source>
        <translation>監視損失</translation>
    </message>
    <message>
        <source>Monitored loss (%1)</source>
        <translation>監視損失（%1）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>Learning rate lowered</source>
        <translation>学習率を引き下げ</translation>
    </message>
    <message>
        <source>best epoch %1 (restored)</source>
        <translation>最良エポック %1（復元済み）</translation>
    </message>
    <message>
        <source>Best epoch (restored)</source>
        <translation>最良エポック（復元済み）</translation>
    </message>
    <message>
        <source>early stop after epoch %1</source>
        <translation>エポック %1 の後に早期終了</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>LR → %1</source>
        <translation>学習率 → %1</translation>
    </message>
    <message>
        <source>Epoch %1
training loss %2
monitored loss %3
learning rate %4</source>
        <translation>エポック %1
学習損失 %2
監視損失 %3
学習率 %4</translation>
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
        <translation>コンティグなし</translation>
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
        <translation>REF が参照ゲノムと一致しません</translation>
    </message>
    <message>
        <source>The reference genome has no such contig</source>
        <translation>参照ゲノムにこのコンティグがありません</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>出力：%1</translation>
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
        <translation>REF チェック</translation>
    </message>
    <message>
        <source>MRV</source>
        <translation>MRV</translation>
    </message>
    <message>
        <source>Δ methylation</source>
        <translation>Δ メチル化</translation>
    </message>
    <message>
        <source>CpG</source>
        <translation>CpG</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>REF compared with the reference genome</source>
        <translation>参照ゲノムと比較した REF</translation>
    </message>
    <message>
        <source>MRV score: the largest |alt − ref| of predicted methylation over the CpGs within reach</source>
        <translation>MRV スコア：範囲内の CpG における予測メチル化の |alt − ref| の最大値</translation>
    </message>
    <message>
        <source>Signed change of predicted methylation at that CpG, alternative minus reference</source>
        <translation>その CpG における予測メチル化の符号付き変化（代替 − 参照）</translation>
    </message>
    <message>
        <source>Position of the CpG whose predicted methylation the variant changes most</source>
        <translation>変異によって予測メチル化が最も大きく変化する CpG の位置</translation>
    </message>
</context>
<context>
    <name>locuscope::WorkspaceIntroPage</name>
    <message>
        <source>Coming to this workspace</source>
        <translation>このワークスペースに今後追加される機能</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Locuscope: deep-learning models of genetic variation</source>
        <translation>Locuscope：遺伝的変異の深層学習モデル</translation>
    </message>
    <message>
        <source>As first argument: export figures headless (see export-figures --help)</source>
        <translation>最初の引数として指定：ディスプレイなしで図をエクスポート（export-figures --help を参照）</translation>
    </message>
    <message>
        <source>Start on the bundled demo: open the ELM reference data and train on it</source>
        <translation>付属のデモで開始：ELM の参照データを開いて学習します</translation>
    </message>
    <message>
        <source>Show this locuscope-cli elm results folder</source>
        <translation>この locuscope-cli elm の結果フォルダーを表示</translation>
    </message>
    <message>
        <source>Bring this Epistasis figure to the front (part of its id, e.g. fig5)</source>
        <translation>このエピスタシスの図を前面に表示（ID の一部、例：fig5）</translation>
    </message>
    <message>
        <source>Select this trait (index from 1)</source>
        <translation>この形質を選択（インデックスは 1 から）</translation>
    </message>
    <message>
        <source>Select this pair of loci (indices from 1: i,j)</source>
        <translation>この遺伝子座ペアを選択（インデックスは 1 から：i,j）</translation>
    </message>
    <message>
        <source>Start the guided tour</source>
        <translation>ガイドツアーを開始</translation>
    </message>
    <message>
        <source>Read and write preferences in this INI file</source>
        <translation>この INI ファイルで設定を読み書き</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG after the given delay, then quit</source>
        <translation>指定した待ち時間の後、ウィンドウのスクリーンショットをこの PNG に保存して終了</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot</source>
        <translation>スクリーンショットまでのミリ秒数</translation>
    </message>
    <message>
        <source>Open this session (Epistasis or Methylation)</source>
        <translation>このセッションを開く（エピスタシスまたはメチル化）</translation>
    </message>
    <message>
        <source>Start on the Methylation demo: synthetic genome, model, genes, variants, GWAS</source>
        <translation>メチル化のデモから開始：合成ゲノム、モデル、遺伝子、変異、GWAS</translation>
    </message>
    <message>
        <source>Methylation: go to this gene, chr:start-end, chr:pos or variant ID</source>
        <translation>メチル化：この遺伝子、chr:開始-終了、chr:位置、または変異 ID に移動</translation>
    </message>
    <message>
        <source>Methylation: score the variants of the locus, then select the top one</source>
        <translation>メチル化：遺伝子座の変異のスコアを算出し、最上位の変異を選択</translation>
    </message>
</context>
</TS>
