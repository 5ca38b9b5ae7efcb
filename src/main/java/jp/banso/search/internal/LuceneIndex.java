package jp.banso.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One IndexWriter and one SearcherManager over the section index. Every change is committed and the
 * searcher refreshed before the call returns (changes are rare, readers see them at once: well under 1 s).
 * The commit carries {@link #SCHEMA_VERSION}: an index of another version, an unreadable or a missing
 * one is opened empty and {@link #needsRebuild()} says so.
 */
public final class LuceneIndex implements Closeable {

    /** Raise when fields or analysis change: the next start rebuilds the index from MariaDB. */
    // 6: text read from the safe HTML (no link targets, emphasis or markers); 7: headings in the body fields
    public static final int SCHEMA_VERSION = 7;
    static final String VERSION_KEY = "schemaVersion";

    // field names
    static final String ID = "id";
    static final String SLUG = "slug";
    static final String ANCHOR = "anchor";
    static final String POSITION = "position";
    static final String SECTION = "section";
    static final String TITLE = "title";
    static final String PREFECTURE = "prefecture";
    static final String KIND = "kind";
    static final String MUNICIPALITY = "municipality";
    static final String THEME = "theme";
    static final String TARGET = "target";
    static final String TEXT = "text";
    static final String BODY_MORPH = "body_ja";
    static final String BODY_BIGRAM = "body_bi";
    static final String META_BIGRAM = "meta_bi";

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

    /** Threads adding documents in a full rebuild (the machine the targets name has two cores). */
    static final int INDEXING_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    /**
     * Analysed text without positions: every query is built of terms (no phrases), and BM25 needs only
     * frequencies and norms; positions would cost indexing time and space for nothing.
     */
    private static final FieldType TEXT_NO_POSITIONS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_NO_POSITIONS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT_NO_POSITIONS.freeze();
    }

    /** The live index: a directory with its writer and searchers, replaced whole by a rebuild. */
    private record Live(String name, Directory dir, IndexWriter writer, SearcherManager searchers) {
    }

    /** Where versioned index folders live ({@code null} in memory) and which is live ({@link #CURRENT}). */
    private final Path root;
    private volatile Live live;
    private final JapaneseAnalysis analysis;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<String, ArticleInfo> articles = new ConcurrentHashMap<>();
    private volatile boolean needsRebuild;
    private volatile boolean rebuildStarting;
    private volatile long generation;

    private LuceneIndex(Path root, Live live, JapaneseAnalysis analysis, boolean fresh) throws IOException {
        this.root = root;
        this.live = live;
        this.analysis = analysis;
        this.needsRebuild = fresh;
        loadArticleInfo(articles);
    }

    /** A writer and searchers on a directory; a fresh one gets an empty commit carrying the schema version. */
    private static Live openLive(String name, Directory dir, JapaneseAnalysis analysis, boolean fresh)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer(analysis));
        config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
        // a full rebuild flushes and merges less with a larger buffer; 96 MB leaves room in a 512 MB heap
        config.setRAMBufferSizeMB(96);
        IndexWriter writer = new IndexWriter(dir, config);
        try {
            if (fresh) {
                writer.setLiveCommitData(Map.of(VERSION_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
                writer.commit();
            }
            return new Live(name, dir, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /**
     * Opens the index kept under a folder: each build goes to a folder of its own ({@code v1}, {@code v2} …)
     * and the file {@link #CURRENT} names the live one. Starts empty (needing a rebuild) when there is none,
     * or when it is of another schema version, unreadable or fails its checksums (a corrupted file).
     */
    public static LuceneIndex open(Path folder, JapaneseAnalysis analysis) {
        try {
            Files.createDirectories(folder);
            String current = readCurrent(folder);
            boolean fresh = current == null || !usable(folder.resolve(current));
            if (fresh) {
                current = nextName(folder);
                Files.createDirectories(folder.resolve(current));
                writeCurrent(folder, current);
            }
            removeOthers(folder, current);
            Live live = openLive(current, FSDirectory.open(folder.resolve(current)), analysis, fresh);
            return new LuceneIndex(folder, live, analysis, fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory (tests, benchmarks, the quality harness). */
    public static LuceneIndex inMemory(JapaneseAnalysis analysis) {
        try {
            return new LuceneIndex(null, openLive("memory", new ByteBuffersDirectory(), analysis, true), analysis, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the file that names the live index folder. */
    static final String CURRENT = "current";

    private static String readCurrent(Path root) {
        try {
            String name = Files.readString(root.resolve(CURRENT)).strip();
            return name.matches("v[0-9]{1,9}") && Files.isDirectory(root.resolve(name)) ? name : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Written to a temporary file and moved over the old one: a crash leaves the old name or the new one. */
    private static void writeCurrent(Path root, String name) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name);
        try {
            Files.move(tmp, root.resolve(CURRENT), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String nextName(Path root) throws IOException {
        int max = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("v[0-9]{1,9}")) {
                    max = Math.max(max, Integer.parseInt(n.substring(1)));
                }
            }
        }
        return "v" + (max + 1);
    }

    /** Everything under the root but the live folder and its name file: old builds, failed ones, a pre-versioned index. */
    private static void removeOthers(Path root, String keep) {
        try (Stream<Path> files = Files.list(root)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (!n.equals(keep) && !n.equals(CURRENT)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove old search index files in {}: {}", root, e.toString());
        }
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", p, e.toString());
        }
    }

    /** Readable, of this schema version, and every file's checksum right ({@code checkIntegrity}). */
    static boolean usable(Path folder) {
        try (Directory d = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(d)) {
                log.info("No search index in {}: it will be built", folder);
                return false;
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(d);
            String v = infos.getUserData().get(VERSION_KEY);
            if (!String.valueOf(SCHEMA_VERSION).equals(v)) {
                log.info("Search index in {} has schema version {}, this build needs {}: it will be rebuilt",
                        folder, v, SCHEMA_VERSION);
                return false;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                for (LeafReaderContext leaf : r.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index in {} is damaged ({}): it will be rebuilt", folder, e.getClass().getSimpleName());
            return false;
        }
    }

    static Analyzer analyzer(JapaneseAnalysis a) {
        return new PerFieldAnalyzerWrapper(a.bigram, Map.of(BODY_MORPH, a.morph));
    }

    public JapaneseAnalysis analysis() {
        return analysis;
    }

    public boolean needsRebuild() {
        return needsRebuild;
    }

    /**
     * Called before the articles of a rebuild are read: from then on, changes must reach the index one by
     * one again (the rebuild may have read the article before the change).
     */
    public void rebuildStarting() {
        rebuildStarting = true;
    }

    /**
     * Whether a change to one article can be left to the full build still to come: true while a new or
     * unusable index waits for its first build and nobody has started reading the articles for it. At a
     * first start with thousands of content files, this spares a commit per article.
     */
    public boolean awaitingFullBuild() {
        return needsRebuild && !rebuildStarting;
    }

    /** Bumped after every change: caches built from the index (suggestions) compare it. */
    public long generation() {
        return generation;
    }

    public Map<String, ArticleInfo> articles() {
        return articles;
    }

    /**
     * A searcher on the live index. A rebuild may swap the index meanwhile: a searcher is released to the
     * manager it came from ({@link #release}), so the old index stays readable until its last search ends.
     */
    public IndexSearcher acquire() throws IOException {
        while (true) {
            Live l = live;
            try {
                IndexSearcher s = l.searchers().acquire();
                owners.put(s, l.searchers());
                return s;
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                if (l == live) {
                    throw e;
                }
                // swapped between reading live and acquiring: take the new one
            }
        }
    }

    public void release(IndexSearcher searcher) throws IOException {
        SearcherManager m = owners.remove(searcher);
        (m != null ? m : live.searchers()).release(searcher);
    }

    private final Map<IndexSearcher, SearcherManager> owners =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** Replaces every section of one article (publish or edit) and makes it visible before returning. */
    public void replaceArticle(String slug, List<SectionDoc> sections) throws IOException {
        writeLock.lock();
        try {
            IndexWriter writer = live.writer();
            writer.deleteDocuments(new Term(SLUG, slug));
            for (SectionDoc s : sections) {
                writer.addDocument(document(s));
            }
            articles.remove(slug);
            if (!sections.isEmpty()) {
                articles.put(slug, ArticleInfo.of(sections.get(0)));
            }
            commitAndRefresh();
        } finally {
            writeLock.unlock();
        }
    }

    public void deleteArticle(String slug) throws IOException {
        replaceArticle(slug, List.of());
    }

    /**
     * Replaces the whole index with the given articles in one commit: searches see the old index until
     * the new one is complete. {@code progress} gets the count of articles written so far, in order.
     * Analysis (kuromoji above all) is the cost, so articles are added from {@link #INDEXING_THREADS}
     * threads; IndexWriter takes documents from several threads at once.
     */
    public void rebuild(List<List<SectionDoc>> allArticles, IntConsumer progress) throws IOException {
        writeLock.lock();
        Live next = null;
        try {
            // a new folder of its own: the live index answers (and stays as it is) until the new one is done
            String name = root == null ? "memory" : nextName(root);
            Directory dir = root == null ? new ByteBuffersDirectory() : FSDirectory.open(root.resolve(name));
            next = openLive(name, dir, analysis, true);
            IndexWriter writer = next.writer();
            Map<String, ArticleInfo> fresh = new ConcurrentHashMap<>();
            AtomicInteger nextArticle = new AtomicInteger();
            int[] done = {0};
            Callable<Void> work = () -> {
                for (int i = nextArticle.getAndIncrement(); i < allArticles.size(); i = nextArticle.getAndIncrement()) {
                    List<SectionDoc> article = allArticles.get(i);
                    List<Document> docs = new ArrayList<>(article.size());
                    article.forEach(s -> docs.add(document(s)));
                    writer.addDocuments(docs);
                    if (!article.isEmpty()) {
                        fresh.put(article.get(0).slug(), ArticleInfo.of(article.get(0)));
                    }
                    synchronized (done) {
                        progress.accept(++done[0]);
                    }
                }
                return null;
            };
            int threads = Math.max(1, Math.min(INDEXING_THREADS, allArticles.size()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "search-index");
                t.setDaemon(true);
                return t;
            });
            try {
                for (Future<Void> f : pool.invokeAll(java.util.Collections.nCopies(threads, work))) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("index rebuild interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            // the indexing threads leave a segment each: merged, every search looks each term up and sets
            // up each scorer once instead of once per segment (a few seconds at 100,000 sections)
            writer.forceMerge(1);
            failAfterIndexing.run();
            commitAndRefresh(next);
            if (root != null) {
                writeCurrent(root, name);
            }
            Live old = live;
            live = next;
            next = null;
            articles.clear();
            articles.putAll(fresh);
            needsRebuild = false;
            generation++;
            retire(old);
        } catch (IOException | RuntimeException e) {
            if (next != null) {
                // only the new, unfinished index is dropped; the live one was never touched
                discard(next);
            }
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    /** Test hook: runs after a rebuild's documents are written, before it is committed and swapped in. */
    Runnable failAfterIndexing = () -> { };

    private void discard(Live l) {
        try {
            l.searchers().close();
            l.writer().rollback();
            l.dir().close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close an unfinished index build: {}", e.toString());
        }
        if (root != null) {
            deleteTree(root.resolve(l.name()));
        }
    }

    /** The replaced index: closed for new searches; its folder is removed now when possible, else at next start. */
    private void retire(Live old) {
        try {
            old.searchers().close();
            old.writer().close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close the replaced index: {}", e.toString());
        }
        if (root != null && owners.values().stream().noneMatch(m -> m == old.searchers())) {
            try {
                old.dir().close();
            } catch (IOException e) {
                log.debug("closing the replaced index directory: {}", e.toString());
            }
            deleteTree(root.resolve(old.name()));
        }
    }

    private void commitAndRefresh() throws IOException {
        commitAndRefresh(live);
        generation++;
    }

    private static void commitAndRefresh(Live l) throws IOException {
        l.writer().setLiveCommitData(Map.of(VERSION_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
        l.writer().commit();
        l.searchers().maybeRefreshBlocking();
    }

    /** The live index folder's name ({@code v1}, {@code v2} …; {@code memory} in memory). */
    public String liveName() {
        return live.name();
    }

    public int sectionCount() throws IOException {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    private static Document document(SectionDoc s) {
        Document d = new Document();
        d.add(new StringField(ID, s.slug() + "#" + s.anchor(), Field.Store.YES));
        d.add(new StringField(SLUG, s.slug(), Field.Store.YES));
        d.add(new SortedDocValuesField(SLUG, new BytesRef(s.slug())));
        d.add(new StoredField(ANCHOR, s.anchor()));
        d.add(new StoredField(POSITION, s.position()));
        d.add(new StoredField(SECTION, s.section()));
        d.add(new StoredField(TITLE, s.articleTitle()));
        d.add(new StringField(PREFECTURE, s.prefecture(), Field.Store.YES));
        d.add(new StringField(KIND, s.kind(), Field.Store.YES));
        s.municipalities().forEach(m -> d.add(new StringField(MUNICIPALITY, m, Field.Store.YES)));
        s.themes().forEach(t -> d.add(new StringField(THEME, t, Field.Store.YES)));
        s.targetGroups().forEach(t -> d.add(new StringField(TARGET, t, Field.Store.YES)));
        d.add(new StoredField(TEXT, s.text()));
        // the heading names what the section is about (今年度の事業計画, 設立総会) often in words its text
        // does not repeat: searched with the body, never shown in the snippet
        String body = s.section() == null || s.section().isBlank() ? s.text() : s.section() + "\n" + s.text();
        d.add(new Field(BODY_MORPH, body, TEXT_NO_POSITIONS));
        d.add(new Field(BODY_BIGRAM, body, TEXT_NO_POSITIONS));
        List<String> meta = new ArrayList<>();
        meta.add(s.prefecture());
        meta.addAll(s.municipalities());
        meta.addAll(s.themes());
        meta.addAll(s.targetGroups());
        d.add(new Field(META_BIGRAM, String.join("\n", meta), TEXT_NO_POSITIONS));
        return d;
    }

    /** Rebuilds the in-memory article metadata from stored fields (an index opened as it was left). */
    private void loadArticleInfo(Map<String, ArticleInfo> articles) throws IOException {
        IndexSearcher s = acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document d = fields.document(i, java.util.Set.of(SLUG, TITLE, PREFECTURE, KIND, MUNICIPALITY,
                            THEME, TARGET));
                    String slug = d.get(SLUG);
                    if (slug != null && !articles.containsKey(slug)) {
                        articles.put(slug, new ArticleInfo(slug, d.get(TITLE), d.get(PREFECTURE), d.get(KIND),
                                List.of(d.getValues(MUNICIPALITY)), List.of(d.getValues(THEME)),
                                List.of(d.getValues(TARGET))));
                    }
                }
            }
        } finally {
            release(s);
        }
    }

    /** Ordered close: readers first, then the writer (which commits nothing new), then the directory. */
    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            Live l = live;
            l.searchers().close();
            l.writer().close();
            l.dir().close();
        } finally {
            writeLock.unlock();
        }
    }
}
