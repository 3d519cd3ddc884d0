package org.grassroots.planner.drl.editor.assist;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.rules.Findings;

/**
 * The fact types that rules match, the enums they compare with, and their fields, read from the model classes by
 * reflection over their bean getters (so that a new getter is offered without touching the editor).
 */
public final class FactTypes {
    private static final List<Class<?>> FACTS = List.of(Initiative.class, FiscalYearReference.class, Mission.class,
            Theme.class, Finding.class);
    private static final List<Class<?>> ENUMS = List.of(Severity.class, Status.class, Kind.class, Format.class);

    /** A field of a fact type: the name rules use, its type as a rule author reads it, and its getter. */
    public record Field(String name, String type, String getter, Class<?> owner) {
    }

    private FactTypes() {
    }

    /** @return the types whose instances the engine inserts as facts */
    public static List<Class<?>> facts() {
        return FACTS;
    }

    /** @return the enums that conditions compare with */
    public static List<Class<?>> enums() {
        return ENUMS;
    }

    public static List<Class<?>> all() {
        return Stream.concat(FACTS.stream(), ENUMS.stream()).toList();
    }

    /** @return the fact type or enum with this simple or qualified name, or null */
    public static Class<?> named(String name) {
        return all().stream().filter(c -> c.getSimpleName().equals(name) || c.getName().equals(name)).findFirst()
                .orElse(null);
    }

    /** @return the fields of this type (its bean properties), by name */
    public static List<Field> fields(Class<?> type) {
        try {
            List<Field> out = new ArrayList<>();
            for (PropertyDescriptor p : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
                Method read = p.getReadMethod();
                if (read != null) {
                    out.add(new Field(p.getName(), readable(read.getGenericReturnType().getTypeName()), read.getName(),
                            type));
                }
            }
            out.sort(Comparator.comparing(Field::name));
            return out;
        } catch (IntrospectionException e) {
            return List.of();
        }
    }

    /** @return the constants of this enum, or none */
    public static List<String> constants(Class<?> type) {
        Object[] values = type.getEnumConstants();
        return values == null ? List.of() : Arrays.stream(values).map(v -> ((Enum<?>) v).name()).toList();
    }

    /** @return what a consequence may call on {@link Findings}: its public static methods, as signatures */
    public static List<Method> findingMakers() {
        return Arrays.stream(Findings.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() == Findings.class).sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    /** java.util.List&lt;java.lang.String&gt; becomes List&lt;String&gt;. */
    static String readable(String typeName) {
        return typeName.replaceAll("\\b[a-z][\\w]*\\.", "");
    }
}
