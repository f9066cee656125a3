package org.sanctionsmonitor.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Core's records (payments, shipments, findings, the check's options) as bytes for Spark, and
 * back. Core's model is immutable Java records that are not {@code Serializable} (and records
 * do not work with Spark's bean encoders), so the job ships them as {@code byte[]}: each record is
 * its class name and its components in declaration order, made again through its canonical
 * constructor, so its own checks and freezing run as when a reader made it. Maps keep their
 * iteration order (findings.json shows evidence facts in that order).
 *
 * <p>Supported component values: null, String, Boolean, Integer, Long, Double, BigDecimal,
 * BigInteger, LocalDate, LocalDateTime, Instant, Path, enums, lists, sets, maps and records of
 * these. Anything else fails loudly when encoded, never silently.
 */
public final class RecordCodec {

    private static final int NULL = 0, STRING = 1, BOOLEAN = 2, INT = 3, LONG = 4, DOUBLE = 5, DECIMAL = 6,
            BIGINT = 7, DATE = 8, DATETIME = 9, INSTANT = 10, PATH = 11, ENUM = 12, LIST = 13, SET = 14, MAP = 15,
            RECORD = 16;

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    /** The values (records or any supported value) as one byte array. */
    public static byte[] encodeAll(List<?> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * Math.max(1, values.size()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(values.size());
            for (Object v : values) {
                write(out, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The values {@link #encodeAll} encoded, in their order. */
    public static List<Object> decodeAll(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int n = in.readInt();
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(read(in));
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encode(Object value) {
        return encodeAll(Collections.singletonList(value));
    }

    public static Object decode(byte[] data) {
        return decodeAll(data).get(0);
    }

    private static void write(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToRawLongBits(d));
        } else if (v instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            writeString(out, d.toString()); // keeps the scale: 1.50 stays 1.50
        } else if (v instanceof BigInteger i) {
            out.writeByte(BIGINT);
            writeString(out, i.toString());
        } else if (v instanceof LocalDate d) {
            out.writeByte(DATE);
            writeString(out, d.toString());
        } else if (v instanceof LocalDateTime d) {
            out.writeByte(DATETIME);
            writeString(out, d.toString());
        } else if (v instanceof Instant t) {
            out.writeByte(INSTANT);
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        } else if (v instanceof Path p) {
            out.writeByte(PATH);
            writeString(out, p.toString());
        } else if (v instanceof Enum<?> e) {
            out.writeByte(ENUM);
            writeString(out, e.getDeclaringClass().getName());
            writeString(out, e.name());
        } else if (v instanceof List<?> l) {
            out.writeByte(LIST);
            out.writeInt(l.size());
            for (Object o : l) {
                write(out, o);
            }
        } else if (v instanceof Set<?> s) {
            out.writeByte(SET);
            out.writeInt(s.size());
            for (Object o : s) {
                write(out, o);
            }
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte(MAP);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (v.getClass().isRecord()) {
            out.writeByte(RECORD);
            writeString(out, v.getClass().getName());
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                try {
                    write(out, c.getAccessor().invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + v.getClass().getName() + "." + c.getName(), e);
                }
            }
        } else {
            throw new IllegalArgumentException("cannot ship a " + v.getClass().getName() + " to Spark's executors");
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case BOOLEAN:
                return in.readBoolean();
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return Double.longBitsToDouble(in.readLong());
            case DECIMAL:
                return new BigDecimal(readString(in));
            case BIGINT:
                return new BigInteger(readString(in));
            case DATE:
                return LocalDate.parse(readString(in));
            case DATETIME:
                return LocalDateTime.parse(readString(in));
            case INSTANT:
                return Instant.ofEpochSecond(in.readLong(), in.readInt());
            case PATH:
                return Path.of(readString(in));
            case ENUM:
                return enumValue(readString(in), readString(in));
            case LIST: {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(read(in));
                }
                return l;
            }
            case SET: {
                int n = in.readInt();
                Set<Object> s = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    s.add(read(in));
                }
                return s;
            }
            case MAP: {
                int n = in.readInt();
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    m.put(read(in), read(in));
                }
                return m;
            }
            case RECORD:
                return record(in, readString(in));
            default:
                throw new IOException("not a value this codec wrote (tag " + tag + ")");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String type, String name) throws IOException {
        return Enum.valueOf((Class<? extends Enum>) load(type), name);
    }

    private static Object record(DataInputStream in, String type) throws IOException {
        Class<?> c = load(type);
        Constructor<?> k = CONSTRUCTORS.computeIfAbsent(c, RecordCodec::canonical);
        RecordComponent[] components = c.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = read(in);
        }
        try {
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type + " again", e);
        }
    }

    private static Constructor<?> canonical(Class<?> c) {
        Class<?>[] types = java.util.Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> k = c.getDeclaredConstructor(types);
            k.setAccessible(true);
            return k;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor in " + c.getName(), e);
        }
    }

    private static Class<?> load(String type) throws IOException {
        try {
            return Class.forName(type, false, RecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("unknown class " + type, e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
