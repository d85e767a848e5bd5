package org.gridgov.core.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The bytes of a JSON file as text, strictly: UTF-8 only (RFC 8259), no byte-order mark, no
 * invalid byte sequence. A file saved as GBK is named as such, since that is the usual cause on
 * Chinese desktops. Stateless.
 */
final class Utf8Text {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private Utf8Text() {}

    /**
     * The text, or a failure naming the place; {@code pathAt} gives the JSON path where the
     * valid text before the place leaves off.
     */
    static String decode(byte[] bytes, String file, Function<String, String> pathAt) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new JsonInputException(
                    file,
                    "$",
                    "UTF-8 text without a byte-order mark",
                    "an invisible UTF-8 byte-order mark (EF BB BF) at the start; save the file as UTF-8 without BOM");
        }
        if (bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            throw new JsonInputException(
                    file, "$", "UTF-8 text", "a UTF-16 byte-order mark at the start; save the file as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            throw new JsonInputException(
                    file,
                    pathAt.apply(before),
                    "UTF-8 text",
                    String.format("byte 0x%02X at %s is not UTF-8", bytes[bad] & 0xFF, position(before))
                            + (readsAs(bytes, GB18030) ? "; the file may be GBK/GB18030, save it as UTF-8" : ""));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** {@code line L, column C} of the end of {@code before} (1-based, columns in characters). */
    static String position(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (before.codePointCount(lineStart, before.length()) + 1);
    }

    private static boolean readsAs(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
