package org.gridgov.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.gridgov.core.GridException;

/**
 * The one line the tool prints for anything that stops a command: bad input named by the library,
 * an unreadable or unwritable file, running out of memory or stack, or a bug.
 *
 * <p>Never a stack trace and never a line break; never an exception's class name except for a bug,
 * where it is what a report to the maintainers needs. Stateless.
 */
final class Failures {
    private Failures() {}

    /** What went wrong with {@code failure}, and for fatal errors what to do, in one line. */
    static String line(Throwable failure) {
        Throwable e = unwrap(failure);
        String text;
        if (e instanceof OutOfMemoryError) {
            text = "out of memory (Java may use at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB); give it more and run again, e.g. java -Xmx4g -jar grid.jar ...";
        } else if (e instanceof StackOverflowError) {
            text = "input nested too deeply (stack overflow); run again with a larger stack,"
                    + " e.g. java -Xss16m -jar grid.jar ...";
        } else if (e instanceof GridException) {
            text = withReason(e.getMessage(), e.getCause());
        } else if (e instanceof UncheckedIOException) {
            IOException cause = ((UncheckedIOException) e).getCause();
            text = e.getMessage() == null || e.getMessage().equals(cause.toString())
                    ? describe(cause)
                    : withReason(e.getMessage(), cause);
        } else {
            text = "internal error (" + e.getClass().getSimpleName()
                    + "); please report it with the command line that caused it";
        }
        return oneLine(text);
    }

    /** Why an I/O operation failed, in words, without the exception's class name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? "an I/O error" : e.getMessage();
    }

    /** An I/O failure with the file it is about, when it names one. */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
            return "cannot use " + ((FileSystemException) e).getFile() + ": " + reason(e);
        }
        return "input or output failed: " + reason(e);
    }

    /** Joins the lines of {@code text} into one. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** "cannot read F" becomes "cannot read F: no such file or directory". */
    private static String withReason(String message, Throwable cause) {
        if (!(cause instanceof IOException) || cause instanceof JacksonException || !message.startsWith("cannot ")) {
            return message; // a parser's error is in the message already, translated
        }
        String why = reason((IOException) cause);
        return message.contains(why) ? message : message + ": " + why;
    }

    /** The failure that matters: the first error, library exception or I/O failure in the chain. */
    private static Throwable unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Error || t instanceof GridException || t instanceof UncheckedIOException) {
                return t;
            }
        }
        return e;
    }
}
