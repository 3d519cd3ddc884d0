package org.grassroots.planner.importer.json;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * A JSON document read strictly (RFC 8259: no comments, no single quotes, no trailing commas, one
 * value) with Gson's streaming reader, remembering where each value starts (line and column, by
 * JSON path such as {@code $.missions[2].states[0]}) so that later checks can point at it. A key
 * that appears twice in an object is a duplicate, recorded rather than silently overwritten.
 */
final class PositionedJson {
    /** Gson's reader says where it is only in its messages and {@code toString()}: "… at line L column C path P". */
    private static final Pattern AT = Pattern.compile(" at line (\\d+) column (\\d+)");
    /** Longer number literals are refused (turning a huge one into a BigDecimal costs far too long). */
    private static final int MAX_NUMBER_LENGTH = 100;

    /** A place in the text, 1-based. */
    record Position(int line, int column) {
    }

    /** A syntax error: where, and Gson's words for it. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final Position position;

        SyntaxError(Position position, String detail) {
            super(detail);
            this.position = position;
        }
    }

    private final Map<String, Position> positions = new HashMap<>();
    private final List<String> duplicateKeys = new ArrayList<>();
    private final JsonElement root;

    private PositionedJson(JsonReader reader) throws IOException {
        root = value(reader);
    }

    static PositionedJson read(Reader text) throws SyntaxError {
        JsonReader reader = new JsonReader(text);
        reader.setStrictness(Strictness.STRICT);
        try {
            PositionedJson json = new PositionedJson(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new SyntaxError(position(reader, 0), "more than one value: expected the end of the file");
            }
            return json;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw syntaxError(e);
        }
    }

    JsonElement root() {
        return root;
    }

    /** @return where the value at this JSON path starts, or line 1, column 1 if it is not in the file */
    Position at(String path) {
        return positions.getOrDefault(path, new Position(1, 1));
    }

    /** @return the paths of keys that appear a second time in their object */
    List<String> duplicateKeys() {
        return duplicateKeys;
    }

    private JsonElement value(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        String path = reader.getPath();
        switch (token) {
            case BEGIN_OBJECT -> {
                positions.putIfAbsent(path, position(reader, 1));
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (object.has(name)) {
                        duplicateKeys.add(reader.getPath());
                        positions.putIfAbsent(reader.getPath() + "#duplicate", position(reader, 0));
                        value(reader); // the first value stands
                    } else {
                        object.add(name, value(reader));
                    }
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                positions.putIfAbsent(path, position(reader, 1));
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(value(reader));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                positions.putIfAbsent(path, position(reader, 1));
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                String literal = reader.nextString();
                positions.putIfAbsent(path, position(reader, literal.length()));
                if (literal.length() > MAX_NUMBER_LENGTH) {
                    throw new NumberFormatException("a number of " + literal.length() + " characters" + reader);
                }
                return new JsonPrimitive(new BigDecimal(literal));
            }
            case BOOLEAN -> {
                boolean value = reader.nextBoolean();
                positions.putIfAbsent(path, position(reader, value ? 4 : 5));
                return new JsonPrimitive(value);
            }
            case NULL -> {
                reader.nextNull();
                positions.putIfAbsent(path, position(reader, 4));
                return JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("unexpected " + token + " " + reader);
        }
    }

    /**
     * @param consumed characters of the value Gson has already read: the opening quote, brace or
     *                 bracket after a peek; the whole literal after reading a number, true, false
     *                 or null
     */
    private static Position position(JsonReader reader, int consumed) {
        Matcher m = AT.matcher(reader.toString());
        if (!m.find()) {
            return new Position(1, 1);
        }
        return new Position(Integer.parseInt(m.group(1)), Math.max(1, Integer.parseInt(m.group(2)) - consumed));
    }

    private static SyntaxError syntaxError(Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = AT.matcher(message);
        boolean found = m.find();
        Position where = found ? new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : new Position(1, 1);
        String detail = found ? message.substring(0, m.start()) : message;
        int see = detail.indexOf("\nSee ");
        return new SyntaxError(where, (see < 0 ? detail : detail.substring(0, see)).strip());
    }
}
