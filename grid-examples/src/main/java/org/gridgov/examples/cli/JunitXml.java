package org.gridgov.examples.cli;

import java.util.List;

/** The JUnit XML report of {@code grid policy test}: one test suite, one test case per scenario. Stateless. */
final class JunitXml {
    private JunitXml() {}

    static String of(List<PolicyTestCommand.Result> results) {
        long failures = results.stream().filter(r -> r.failure() != null).count();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"grid policy test\" tests=\"")
                .append(results.size())
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\" skipped=\"0\">\n");
        for (PolicyTestCommand.Result r : results) {
            x.append("  <testcase classname=\"")
                    .append(escape(r.file()))
                    .append("\" name=\"")
                    .append(escape(r.name()))
                    .append("\" assertions=\"")
                    .append(r.expectations())
                    .append('"');
            if (r.failure() == null) {
                x.append("/>\n");
            } else {
                x.append(">\n    <failure message=\"")
                        .append(escape(r.failure().lines().findFirst().orElse("")))
                        .append("\">")
                        .append(escape(r.failure()))
                        .append("</failure>\n  </testcase>\n");
            }
        }
        return x.append("</testsuite>\n").toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
