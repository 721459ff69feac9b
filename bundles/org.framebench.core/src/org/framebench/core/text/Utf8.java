package org.framebench.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: malformed input is an error, never silently replaced. */
public final class Utf8 {

    private Utf8() {
    }

    /** Decodes all of {@code in} as UTF-8; throws if any byte sequence is not valid UTF-8. */
    public static String read(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    /** Decodes {@code bytes} as UTF-8; throws if any byte sequence is not valid UTF-8. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
