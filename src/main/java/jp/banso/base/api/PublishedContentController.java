package jp.banso.base.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only JSON of one kind of published content: {@code GET <path>} lists summaries, {@code GET <path>/{slug}}
 * gives one item or 404. A feature's controller names the path ({@code @RequestMapping}) and its service's reads.
 *
 * @param <S> the summary a list shows
 * @param <T> the whole item
 */
public abstract class PublishedContentController<S, T> {

    private final Supplier<List<S>> list;
    private final Function<String, Optional<T>> find;
    private final String kind;

    protected PublishedContentController(Supplier<List<S>> list, Function<String, Optional<T>> find, String kind) {
        this.list = list;
        this.find = find;
        this.kind = kind;
    }

    @GetMapping
    public List<S> list() {
        return list.get();
    }

    @GetMapping("/{slug}")
    public T get(@PathVariable String slug) {
        return find.apply(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published " + kind + ": " + slug));
    }
}
