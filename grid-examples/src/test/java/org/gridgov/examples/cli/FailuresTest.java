package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.gridgov.core.GridException;
import org.junit.jupiter.api.Test;

/** The one line printed for what stops a command, fatal errors included. */
class FailuresTest {

    @Test
    void runningOutOfMemorySaysWhatToDoInOneLine() {
        String line = Failures.line(new OutOfMemoryError("Java heap space"));

        assertThat(line).startsWith("out of memory").contains("-Xmx").doesNotContain("\n");
    }

    @Test
    void aStackOverflowSaysWhatToDoInOneLine() {
        assertThat(Failures.line(new StackOverflowError())).contains("-Xss").doesNotContain("\n");
    }

    @Test
    void anErrorWrappedByTheCommandLineParserIsFoundInTheChain() {
        assertThat(Failures.line(new IllegalStateException("wrapped", new OutOfMemoryError())))
                .startsWith("out of memory");
    }

    @Test
    void aLibraryFailureToReadAFileSaysWhy() {
        GridException e = new GridException("cannot read x.json", new NoSuchFileException("x.json"));

        assertThat(Failures.line(e)).isEqualTo("cannot read x.json: no such file or directory");
        assertThat(Failures.line(
                        new UncheckedIOException("cannot read plan file p.json", new NoSuchFileException("p.json"))))
                .isEqualTo("cannot read plan file p.json: no such file or directory");
    }

    @Test
    void aBugIsNamedAsOneWithoutItsMessageWhichMayHoldInput() {
        String line = Failures.line(new IllegalArgumentException("13812345678\nat line 2"));

        assertThat(line)
                .isEqualTo(
                        "internal error (IllegalArgumentException); please report it with the command line that caused it");
    }

    @Test
    void aMessageOnSeveralLinesIsJoinedIntoOne() {
        assertThat(Failures.line(new GridException("first\n  second\r\nthird"))).isEqualTo("first second third");
    }
}
