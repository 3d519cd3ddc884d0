package org.grassroots.planner.importer.tests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mutates inputs the way damaged and hostile files differ from good ones: at the level of text
 * (tokens that matter to CSV, JSON and sheet XML inserted or put in place of a span, spans deleted
 * or repeated, lines swapped, the end cut off) and of bytes (bits flipped, bytes inserted, deleted,
 * truncated). Driven by one seeded random source, so a run is reproduced by its seed.
 */
final class Mutator {
    private static final String[] TOKENS = { "\"", ",", ";", "\r\n", "\n", "\r", "\uFEFF", "\u0000", "\"\"", ",,,,",
            "   ", "\u3000", "\u00A0", "\t", "9999999999999999999999", "-1", "0", "2023.5", "1e308", "1e-400", "NaN",
            "2023/13/45", "2023-02-30", "2023-9-1", "令和99年度", "令和元年度", "平成", "#N/A", "=1+1", "@SUM(A1)", "{", "}",
            "[", "]", ":", "null", "true", "1.5", "\"fiscal_year\"", "\"priority_states\": [\"XX\"]", "\"missions\": 7",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;", "&#0;", "&#xD800;", "&lt;",
            "<c r=\"XFD1048576\" t=\"s\"><v>999999</v></c>", "<c r=\"A0\"><v>1</v></c>", "<c t=\"e\"><v>#REF!</v></c>",
            "<c s=\"9999\"><v>45000</v></c>", "<c t=\"inlineStr\"><is><t>x</t></is></c>", "<row r=\"0\">",
            "<row r=\"1048577\">", "</row>", "<row>", "</sheetData>", "<sheetData>", "t=\"e\"", "t=\"b\"", "t=\"s\"",
            "s=\"99\"", "r=\"\"", "😀", "ｱｲｳ", "①", "髙", "US", "XX", "cg-chicago", "cancelled", "draft", "id", "status",
            "state", "year", "(D)", "\\", "'", "<", ">", "&",
            // the contract's input limits: formula quotes, control characters, bounds, column names to repeat
            "'=", "'+", "'-", "'@", "'\t", "'\r", "\u0001", "\u000B", "\u001F", "\u007F", "_x0000_", "_x001B_",
            "1000000000000", "1000000000001", "-1000000000000", "1999", "2000", "2100", "2101", "fiscal_year",
            "budget_jpy", "id,id", ",title_ja", "<sheet name=\"x\" sheetId=\"9\" state=\"hidden\" r:id=\"rId1\"/>",
            "state=\"hidden\"", "state=\"veryHidden\"" };
    private static final String LONG = "高".repeat(1200);

    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
        this.random = random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String token() {
        return random.nextInt(40) == 0 ? LONG : TOKENS[random.nextInt(TOKENS.length)];
    }

    /** @return the text after one to three mutations */
    String text(String in) {
        String s = in;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            s = textOnce(s);
        }
        return s;
    }

    private String textOnce(String s) {
        int len = s.length();
        int at = len == 0 ? 0 : random.nextInt(len + 1);
        int span = Math.min(len - at, random.nextInt(10) == 0 ? random.nextInt(500) : random.nextInt(20));
        return switch (random.nextInt(9)) {
            case 0, 1 -> s.substring(0, at) + token() + s.substring(at);
            case 2 -> s.substring(0, at) + token() + s.substring(at + span);
            case 3 -> s.substring(0, at) + s.substring(at + span);
            case 4 -> s.substring(0, at + span) + s.substring(at, at + span) + s.substring(at + span);
            case 5 -> swapLines(s);
            case 6 -> s.substring(0, at);
            case 7 -> s.substring(0, at) + (char) random.nextInt(0x20, 0xFFFE) + s.substring(Math.min(len, at + 1));
            default -> s.replace(String.valueOf(pick(s)), "");
        };
    }

    private char pick(String s) {
        return s.isEmpty() ? ',' : s.charAt(random.nextInt(s.length()));
    }

    private String swapLines(String s) {
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
            return s;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
    }

    /** @return the bytes after one to three mutations */
    byte[] bytes(byte[] in) {
        byte[] b = in;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            b = bytesOnce(b);
        }
        return b;
    }

    private byte[] bytesOnce(byte[] b) {
        if (b.length == 0) {
            return new byte[] { (byte) random.nextInt(256) };
        }
        int at = random.nextInt(b.length);
        byte[] out;
        switch (random.nextInt(6)) {
            case 0 -> {
                out = b.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
            }
            case 1 -> {
                out = b.clone();
                out[at] = (byte) random.nextInt(256);
            }
            case 2 -> {
                byte[] insert = random.nextBoolean() ? token().getBytes(StandardCharsets.UTF_8)
                        : new byte[] { (byte) random.nextInt(256), (byte) random.nextInt(256) };
                out = new byte[b.length + insert.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(b, at, out, at + insert.length, b.length - at);
            }
            case 3 -> {
                int span = Math.min(b.length - at, 1 + random.nextInt(64));
                out = new byte[b.length - span];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + span, out, at, b.length - at - span);
            }
            case 4 -> out = Arrays.copyOf(b, at);
            default -> {
                out = b.clone();
                for (int i = 0; i < 8; i++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
            }
        }
        return out;
    }
}
