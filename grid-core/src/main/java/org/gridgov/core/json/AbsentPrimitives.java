package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;

/**
 * Primitive numbers and booleans as the library reads them: an explicit {@code null} is an error
 * (Jackson's {@code FAIL_ON_NULL_FOR_PRIMITIVES}), but a field left out of the object takes the
 * type's default, so a record's optional number ({@code "minGrids"} absent means 1) stays
 * optional. Jackson alone treats both alike. Reading itself is Jackson's own. Stateless.
 */
final class AbsentPrimitives {
    private AbsentPrimitives() {}

    static SimpleModule module() {
        return new SimpleModule("grid-absent-primitives")
                .addDeserializer(int.class, new Absent<>(int.class, 0))
                .addDeserializer(long.class, new Absent<>(long.class, 0L))
                .addDeserializer(double.class, new Absent<>(double.class, 0.0))
                .addDeserializer(boolean.class, new Absent<>(boolean.class, Boolean.FALSE));
    }

    /** Jackson's deserializer for a primitive, with the type's default when the field is absent. */
    private static final class Absent<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final JsonDeserializer<T> standard;
        private final T absent;

        @SuppressWarnings("unchecked")
        Absent(Class<T> type, T absent) {
            super(type);
            this.standard = (JsonDeserializer<T>) NumberDeserializers.find(type, type.getName());
            this.absent = absent;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return standard.deserialize(p, ctxt);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            return standard.getNullValue(ctxt);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return absent;
        }

        @Override
        public LogicalType logicalType() {
            return standard.logicalType();
        }
    }
}
