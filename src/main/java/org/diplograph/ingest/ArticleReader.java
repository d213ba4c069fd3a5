package org.diplograph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads articles, plain UTF-8 text or HTML, with their sidecars, from files and folders. */
public final class ArticleReader {

    private ArticleReader() {}

    /** True for the file names that are articles: {@code .txt}, {@code .html}, {@code .htm}. */
    public static boolean isArticle(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm"));
    }

    /**
     * Expands inputs into article files, sorted by path so that every run sees the same order.
     * A folder contributes the articles directly and recursively inside it.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(ArticleReader::isArticle).forEach(files::add);
                } catch (IOException e) {
                    throw new BadInputException(in, "cannot list folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new BadInputException(in, "no such file or folder");
            }
        }
        files.sort(null);
        return files;
    }

    /** Reads one article; a bad file raises {@link BadInputException} naming it and the reason. */
    public static Article read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
        String raw = decodeUtf8(file, bytes);
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String text = lower.endsWith(".html") || lower.endsWith(".htm") ? HtmlText.extract(raw) : raw;
        if (text.isBlank())
            throw new BadInputException(file, "the article has no text");
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return new Article(file, stem, text, sha256(bytes), Sidecar.read(file));
    }

    private static String decodeUtf8(Path file, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // A byte-order mark is not part of the text: offsets count from the first character.
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "not valid UTF-8 text", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
