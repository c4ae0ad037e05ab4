package nl.schoollibrary.reservations.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed query parameters ({@code Long}, {@code Integer}, {@code Boolean}, {@code LocalDate}, enums, and text), parsed
 * in one place so that a bad value is 400 VALIDATION_FAILED naming the parameter, instead of the 404 that Jakarta REST
 * prescribes for a query parameter it cannot convert. Ranges and lengths are Bean Validation annotations on the
 * parameter ({@code @Min}, {@code @Max}, {@code @Positive}, {@code @Size}).
 *
 * <p>An empty value counts as absent (its {@code @DefaultValue}, else null); text is stripped and must pass
 * {@link InputRules#textProblem}; enums are matched without regard to case; whole numbers must fit their type; dates
 * are ISO dates within {@link InputRules#inRange}. Path parameters are not converted here: a path id that is not a
 * number names nothing and stays 404.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse = parser(rawType, name);
        if (parse == null) {
            return null;
        }
        String fallback = defaultValue(annotations);
        return (ParamConverter<T>) new Converter<>(parse, fallback);
    }

    private static Function<String, ?> parser(Class<?> type, String name) {
        if (type == String.class) {
            return value -> text(name, value);
        }
        if (type == Long.class || type == long.class) {
            return value -> whole(name, value, Long::parseLong);
        }
        if (type == Integer.class || type == int.class) {
            return value -> whole(name, value, Integer::parseInt);
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> bool(name, value);
        }
        if (type == LocalDate.class) {
            return value -> date(name, value);
        }
        if (type.isEnum()) {
            return value -> constant(name, value, type.asSubclass(Enum.class));
        }
        return null;
    }

    private static String text(String name, String value) {
        String problem = InputRules.textProblem(value, false);
        if (problem != null) {
            throw ProblemException.invalid(name, problem);
        }
        return value;
    }

    private static <N extends Number> N whole(String name, String value, Function<String, N> parse) {
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    private static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date such as 2026-09-01");
        }
        if (!InputRules.inRange(date)) {
            throw ProblemException.invalid(name, InputRules.DATE_RANGE);
        }
        return date;
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static String queryParamName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }

    private static String defaultValue(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof DefaultValue d) {
                return d.value();
            }
        }
        return null;
    }

    private record Converter<T>(Function<String, T> parse, String fallback) implements ParamConverter<T> {

        @Override
        public T fromString(String raw) {
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                return fallback == null ? null : parse.apply(fallback);
            }
            return parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
