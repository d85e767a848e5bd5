package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;

/**
 * The tags a register may use, by code. {@link #defaults()} holds the seeds' nine: the special
 * populations of seed 001 and the six must-visit groups of seed 000, read from the {@code
 * grid-tags/1} file {@code tags.json} shipped with this package. Immutable and thread-safe.
 */
public final class TagCatalogue {
    private static final String FORMAT = "grid-tags/1";
    private final Map<String, Tag> tags;

    private TagCatalogue(Map<String, Tag> tags) {
        this.tags = tags;
    }

    /** The seeds' tags. */
    public static TagCatalogue defaults() {
        try (InputStream in = TagCatalogue.class.getResourceAsStream("tags.json")) {
            if (in == null) {
                throw new IllegalStateException("tags.json is shipped with grid-core");
            }
            return read(in.readAllBytes(), "tags.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a {@code grid-tags/1} document.
     *
     * @throws JsonInputException naming the file, the path and the rule
     */
    public static TagCatalogue read(byte[] json, String file) {
        Document doc = GridJson.read(json, file, Document.class);
        if (!FORMAT.equals(doc.format())) {
            throw new JsonInputException(file, "$.format", "is \"" + FORMAT + "\"", "another format");
        }
        Map<String, Tag> byCode = new LinkedHashMap<>();
        List<Tag> list = doc.tags() == null ? List.of() : doc.tags();
        for (int i = 0; i < list.size(); i++) {
            if (byCode.putIfAbsent(list.get(i).code(), list.get(i)) != null) {
                throw new JsonInputException(
                        file,
                        "$.tags[" + i + "].code",
                        "tag codes are unique",
                        list.get(i).code());
            }
        }
        return new TagCatalogue(Map.copyOf(byCode));
    }

    /** The tag with {@code code}, if known. */
    public Optional<Tag> find(String code) {
        return Optional.ofNullable(tags.get(requireNonNull(code, "code")));
    }

    /**
     * The tag with {@code code}.
     *
     * @throws UnknownIdException if there is none
     */
    public Tag tag(String code) {
        return find(code).orElseThrow(() -> new UnknownIdException("tag", code));
    }

    /** Every tag. */
    public List<Tag> tags() {
        return tags.values().stream()
                .sorted(java.util.Comparator.comparing(Tag::code))
                .toList();
    }

    record Document(String format, List<Tag> tags) {}
}
