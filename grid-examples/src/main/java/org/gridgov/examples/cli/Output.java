package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;

/**
 * Where a command writes its result: {@code --out FILE}, or the command line's standard output.
 *
 * <p>A file is written whole or not at all: the text goes to a temporary file beside the target,
 * which is then moved over it atomically, so a failed run or a failed write leaves an existing file
 * exactly as it was and never a partial report. A symbolic link is followed (the link stays); a
 * target that is no regular file (a device such as {@code /dev/null}, a named pipe) is written in
 * place, since it cannot be replaced. Failures writing to standard output are detected by
 * {@link Grid#run} ({@link PrintWriter#checkError()}). Stateless.
 */
final class Output {
    private Output() {}

    /** Writes {@code text} to {@code file} (the {@code --out} option), or to {@code out} when no file is given. */
    static void write(String text, Path file, PrintWriter out) {
        write(text, file, out, "--out");
    }

    /** Writes {@code text} to {@code file}, given by {@code option}, or to {@code out} when no file is given. */
    static void write(String text, Path file, PrintWriter out, String option) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(option, "must name a file, not a folder", file.toString());
        }
        Path target = file.toAbsolutePath();
        try {
            if (Files.exists(target)) {
                target = target.toRealPath(); // a symbolic link stays one; its file is replaced
                if (!Files.isRegularFile(target)) {
                    writeInPlace(target, text); // a device or a pipe cannot be replaced, only written
                    return;
                }
            }
        } catch (IOException e) {
            throw new GridException(option + ": cannot write " + file + ": " + Failures.reason(e), e);
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream stream =
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
            }
            keepPermissions(target, temporary);
            move(temporary, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write failed already; that is what the user must hear about
            }
            throw new GridException(option + ": cannot write " + file + ": " + Failures.reason(e), e);
        }
    }

    private static void writeInPlace(Path target, String text) throws IOException {
        try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A replaced file keeps its permissions (a new one gets the defaults). */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (from != null && Files.exists(target)) {
            Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
                    .setPermissions(from.readAttributes().permissions());
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename: the next best is a replacing move
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
