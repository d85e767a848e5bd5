package org.gridgov.examples.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for options that name something to read: they refuse, while the command line is
 * parsed, a path that does not exist, a folder given as a file (or a file as a folder) and a path
 * that cannot be read, so that the error names the option and the reason instead of surfacing later
 * as "cannot read". Stateless.
 */
final class InputPaths {
    private InputPaths() {}

    /** An existing, readable file (not a folder); {@code -} is not special. */
    static final class ReadableFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = existing(value);
            if (Files.isDirectory(path)) {
                throw new TypeConversionException("must name a file, but '" + value + "' is a folder");
            }
            return readable(path, value);
        }
    }

    /** An existing, readable folder. */
    static final class ReadableFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = existing(value);
            if (!Files.isDirectory(path)) {
                throw new TypeConversionException("must name a folder, but '" + value + "' is a file");
            }
            return readable(path, value);
        }
    }

    private static Path existing(String value) {
        if (value.isEmpty()) {
            throw new TypeConversionException("must name a file, but was empty");
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("must be a path, but '" + value + "' is not one (" + e.getReason() + ")");
        }
        if (!Files.exists(path)) {
            throw new TypeConversionException("must name an existing file, but '" + value + "' does not exist");
        }
        return path;
    }

    private static Path readable(Path path, String value) {
        if (!Files.isReadable(path)) {
            throw new TypeConversionException("must be readable, but '" + value + "' is not (permission denied)");
        }
        return path;
    }
}
