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
    public static final int SCHEMA_VERSION = 4;
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

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final JapaneseAnalysis analysis;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<String, ArticleInfo> articles = new ConcurrentHashMap<>();
    private volatile boolean needsRebuild;
    private volatile boolean rebuildStarting;
    private volatile long generation;

    private LuceneIndex(Directory dir, JapaneseAnalysis analysis, boolean fresh) throws IOException {
        this.dir = dir;
        this.analysis = analysis;
        IndexWriterConfig config = new IndexWriterConfig(analyzer(analysis));
        config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // a full rebuild flushes and merges less with a larger buffer; 96 MB leaves room in a 512 MB heap
        config.setRAMBufferSizeMB(96);
        this.writer = new IndexWriter(dir, config);
        if (fresh) {
            writer.setLiveCommitData(Map.of(VERSION_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
        this.needsRebuild = fresh;
        loadArticleInfo();
    }

    /** Opens the index in a folder, starting empty (needing a rebuild) when it is missing, unreadable or old. */
    public static LuceneIndex open(Path folder, JapaneseAnalysis analysis) {
        try {
            Files.createDirectories(folder);
            boolean fresh = !usable(folder);
            if (fresh) {
                clear(folder);
            }
            return new LuceneIndex(FSDirectory.open(folder), analysis, fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory (tests, benchmarks, the quality harness). */
    public static LuceneIndex inMemory(JapaneseAnalysis analysis) {
        try {
            return new LuceneIndex(new ByteBuffersDirectory(), analysis, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean usable(Path folder) {
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
                r.numDocs();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index in {} cannot be read ({}): it will be rebuilt", folder, e.toString());
            return false;
        }
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
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

    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Replaces every section of one article (publish or edit) and makes it visible before returning. */
    public void replaceArticle(String slug, List<SectionDoc> sections) throws IOException {
        writeLock.lock();
        try {
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
        try {
            writer.deleteAll();
            Map<String, ArticleInfo> fresh = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            int[] done = {0};
            Callable<Void> work = () -> {
                for (int i = next.getAndIncrement(); i < allArticles.size(); i = next.getAndIncrement()) {
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
            commitAndRefresh();
            articles.clear();
            articles.putAll(fresh);
            needsRebuild = false;
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    private void commitAndRefresh() throws IOException {
        writer.setLiveCommitData(Map.of(VERSION_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        generation++;
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
        d.add(new Field(BODY_MORPH, s.text(), TEXT_NO_POSITIONS));
        d.add(new Field(BODY_BIGRAM, s.text(), TEXT_NO_POSITIONS));
        List<String> meta = new ArrayList<>();
        meta.add(s.prefecture());
        meta.addAll(s.municipalities());
        meta.addAll(s.themes());
        meta.addAll(s.targetGroups());
        d.add(new Field(META_BIGRAM, String.join("\n", meta), TEXT_NO_POSITIONS));
        return d;
    }

    /** Rebuilds the in-memory article metadata from stored fields (an index opened as it was left). */
    private void loadArticleInfo() throws IOException {
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
            searchers.close();
            writer.close();
            dir.close();
        } finally {
            writeLock.unlock();
        }
    }
}
