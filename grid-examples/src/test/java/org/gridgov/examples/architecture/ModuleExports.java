package org.gridgov.examples.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The qualified exports ({@code exports p to m}) of our modules, read from their compiled module-info. */
final class ModuleExports {
    private ModuleExports() {}

    /** Our module names found on the class path, with their qualified exports: package to target modules. */
    record Found(Set<String> modules, Map<String, Set<String>> exportedTo) {}

    static Found read(String modulePrefix) {
        Set<String> modules = new HashSet<>();
        Map<String, Set<String>> exportedTo = new HashMap<>();
        try {
            for (URL url : Collections.list(ModuleExports.class.getClassLoader().getResources("module-info.class"))) {
                ModuleDescriptor descriptor;
                try (InputStream in = url.openStream()) {
                    descriptor = ModuleDescriptor.read(in);
                }
                if (!descriptor.name().startsWith(modulePrefix)) {
                    continue;
                }
                modules.add(descriptor.name());
                for (ModuleDescriptor.Exports export : descriptor.exports()) {
                    if (export.isQualified()) {
                        exportedTo
                                .computeIfAbsent(export.source(), p -> new HashSet<>())
                                .addAll(export.targets());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Found(modules, exportedTo);
    }
}
