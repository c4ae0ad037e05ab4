package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Request bodies are read strictly (docs/error-codes.md): a number where a number is expected and nothing else
 * ({@code 1.5}, {@code "5"} or {@code true} for a whole number is refused, not truncated or converted), an enum by its
 * name only, no null for a primitive, nothing after the JSON value, at most {@value #MAX_NESTING} levels of nesting;
 * text of request fields without control characters ({@link InputRules}, tabs and line breaks only in
 * {@link FreeText} fields), dates and moments in the years 1900 to 9999. A refusal is a 400 VALIDATION_FAILED naming
 * the field (ProblemMappers), raised while the body is read: before any use case or database work.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Our deepest request body has four levels; stored JSON (event payloads, copy history) a few more. */
    static final int MAX_NESTING = 64;

    private static final String OWN_PACKAGE = "nl.schoollibrary.reservations.";

    /** Last, after Quarkus has registered the JSR-310 module, so the bounded date readers replace its own. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // No value of another JSON type becomes a number, a boolean, an enum, a date or time, a list or an object.
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Collection, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.POJO, CoercionInputShape.EmptyString);

        SimpleModule module = new SimpleModule("strict-request-values");
        module.addDeserializer(String.class, new Text(false, false));
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                InputRules::inRange, InputRules.DATE_RANGE));
        module.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT,
                InputRules::inRange, InputRules.INSTANT_RANGE));
        mapper.registerModule(module);
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A field value refused by one of the input rules; the message is the rule, for the problem's field error. */
    public static final class FieldRuleException extends MismatchedInputException {

        FieldRuleException(JsonParser parser, String rule, Class<?> type) {
            super(parser, rule, type);
        }

        public String rule() {
            return getOriginalMessage();
        }
    }

    /**
     * Text of a field of one of our request types: a JSON string (no number or boolean turned into text) without
     * control characters. Text outside our types (values in a free-form map read from the database) is read as
     * Jackson reads it.
     */
    static final class Text extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean strict;
        private final boolean freeText;

        Text(boolean strict, boolean freeText) {
            super(String.class);
            this.strict = strict;
            this.freeText = freeText;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            if (property == null || property.getMember() == null
                    || !property.getMember().getDeclaringClass().getName().startsWith(OWN_PACKAGE)) {
                return strict ? new Text(false, false) : this;
            }
            return new Text(true, property.getAnnotation(FreeText.class) != null);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!strict) {
                return StringDeserializer.instance.deserialize(p, ctxt);
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String problem = InputRules.textProblem(text, freeText);
            if (problem != null) {
                throw new FieldRuleException(p, problem, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /**
     * A date (2026-09-01) or moment (2026-09-01T10:00:00Z) as an ISO string, read by Jackson's own deserializer and
     * then held to the years 1900 to 9999 ({@link InputRules}).
     */
    static final class Bounded<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final JsonDeserializer<T> iso;
        private final Predicate<T> inRange;
        private final String rule;

        Bounded(Class<T> type, JsonDeserializer<T> iso, Predicate<T> inRange, String rule) {
            super(type);
            this.type = type;
            this.iso = iso;
            this.inRange = inRange;
            this.rule = rule;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            T value = iso.deserialize(p, ctxt);
            if (value != null && !inRange.test(value)) {
                throw new FieldRuleException(p, rule, type);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
