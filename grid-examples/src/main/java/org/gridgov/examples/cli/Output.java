package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its result: {@code --out FILE}, or the command line's standard output. */
final class Output {
    private Output() {}

    /** Writes {@code text} to {@code file}, or to {@code out} when no file is given. */
    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
