package org.grassroots.planner.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * The text of an input file, streamed (the file is never held in memory as a whole, and a file over
 * the {@link FileSizeLimit} is not opened). Its encoding is the one given, or else detected: UTF-8
 * (with or without the byte-order mark Excel writes) when the bytes are valid UTF-8, otherwise
 * Shift_JIS as Excel on Japanese Windows saves "CSV" (CP932, {@code windows-31j}). Bytes that are
 * not valid text in the encoding are refused with the line and column of the first of them, never
 * replaced silently.
 */
public final class TextFile {
    /** Shift_JIS as Windows and Excel write it. */
    public static final Charset CP932 = Charset.forName("windows-31j");
    private static final char BOM = '\uFEFF';
    private static final int CHUNK = 64 * 1024;

    private TextFile() {
    }

    /**
     * Checks the whole file against the encoding (given, or detected) and opens it for reading.
     *
     * @param encoding the encoding to read, or {@code null} to detect it
     * @return a reader of the text, past a byte-order mark
     */
    public static Reader open(Path file, Charset encoding) throws ImportException {
        FileSizeLimit.check(file);
        Charset charset = encoding;
        try {
            if (charset == null) {
                long utf8Bad = firstInvalidByte(file, StandardCharsets.UTF_8);
                charset = utf8Bad < 0 ? StandardCharsets.UTF_8 : CP932;
                if (utf8Bad >= 0) {
                    long sjisBad = firstInvalidByte(file, CP932);
                    if (sjisBad >= 0) {
                        throw malformed(file, Math.max(utf8Bad, sjisBad), Messages.get("not.utf8.nor.sjis"));
                    }
                }
            } else {
                long bad = firstInvalidByte(file, charset);
                if (bad >= 0) {
                    throw malformed(file, bad, Messages.get("not.in.encoding", charset.name()));
                }
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder(charset)),
                    CHUNK);
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, 0, null, Messages.get("unreadable", e))));
        }
    }

    /**
     * @return the encoding {@link #open(Path, Charset)} would detect: UTF-8 if the whole file is valid UTF-8, else
     *         Shift_JIS (CP932) if it is valid in that, else null
     */
    public static Charset detect(Path file) throws IOException {
        if (firstInvalidByte(file, StandardCharsets.UTF_8) < 0) {
            return StandardCharsets.UTF_8;
        }
        return firstInvalidByte(file, CP932) < 0 ? CP932 : null;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** @return the offset of the first byte that is not valid in the encoding, or -1 if all are */
    private static long firstInvalidByte(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK * 2);
        long consumed = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return consumed + in.position();
                }
                consumed += in.position() - before;
                out.clear();
                in.compact();
            }
            CoderResult result = decoder.flush(out);
            return result.isError() ? consumed : -1;
        }
    }

    private static ImportException malformed(Path file, long offset, String message) throws IOException {
        int line = 1;
        long lineStart = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[CHUNK];
            long at = 0;
            for (int n = stream.read(chunk); n > 0 && at < offset; n = stream.read(chunk)) {
                for (int i = 0; i < n && at < offset; i++, at++) {
                    if (chunk[i] == '\n') {
                        line++;
                        lineStart = at + 1;
                    }
                }
            }
        }
        return new ImportException(List.of(new ImportProblem(file.toString(), line, (int) (offset - lineStart + 1), null,
                message)));
    }
}
