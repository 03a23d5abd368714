package goj.jvm;

import goj.types.Basic;
import goj.types.Signature;
import goj.types.Tuple;
import goj.types.Type;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * How Go types are represented on the JVM (docs/architecture.md explains why): bool as boolean;
 * int8..int32 and uint8..uint32 as int (kept normalized to their range); int, int64, uint, uint64
 * and uintptr as long; float32 as float; float64 as double; complex64 and complex128 as
 * {@code goj.rt.Complex64}/{@code Complex128} (immutable, never null); string as {@code goj.rt.GoString}.
 */
final class JvmTypes {
    static final ClassDesc GO_STRING = ClassDesc.of("goj.rt.GoString");
    static final ClassDesc PRINT = ClassDesc.of("goj.rt.Print");
    static final ClassDesc RUNTIME = ClassDesc.of("goj.rt.Runtime");
    static final ClassDesc GO_PANIC = ClassDesc.of("goj.rt.GoPanic");
    static final ClassDesc OPS = ClassDesc.of("goj.rt.Ops");

    private JvmTypes() {}

    /**
     * The class-file context: generated classes (struct, tuple and package classes) are final
     * classes extending Object, which lets the stack-map generator merge types without loading them.
     */
    static final java.lang.classfile.ClassFile CLASSFILE = java.lang.classfile.ClassFile.of(
            java.lang.classfile.ClassFile.ClassHierarchyResolverOption.of(
                    java.lang.classfile.ClassHierarchyResolver.defaultResolver().orElse(
                            c -> c.packageName().startsWith("java") ? null
                                    : java.lang.classfile.ClassHierarchyResolver.ClassHierarchyInfo.ofClass(ConstantDescs.CD_Object))));

    static final ClassDesc SLICE = ClassDesc.of("goj.rt.Slice");
    static final ClassDesc CHAN = ClassDesc.of("goj.rt.Chan");
    static final ClassDesc GO_MAP = ClassDesc.of("goj.rt.GoMap");
    static final ClassDesc SLICES = ClassDesc.of("goj.rt.Slices");
    static final ClassDesc COMPLEX64 = ClassDesc.of("goj.rt.Complex64");
    static final ClassDesc COMPLEX128 = ClassDesc.of("goj.rt.Complex128");

    /** How elements of type {@code t} are stored in a backing array: one of Z B UB S C I J F D L. */
    static String elemKind(Type t) {
        Type u = t.underlying();
        if (!(u instanceof Basic b)) return "L";
        return switch (b.kind()) {
            case BOOL -> "Z";
            case INT8 -> "B";
            case UINT8 -> "UB";
            case INT16 -> "S";
            case UINT16 -> "C";
            case INT32, UINT32 -> "I";
            case INT, INT64, UINT, UINT64, UINTPTR -> "J";
            case FLOAT32 -> "F";
            case FLOAT64 -> "D";
            default -> "L";
        };
    }

    /** The JVM array type that stores elements of type {@code t}. */
    static ClassDesc arrayDesc(Type elem) {
        return switch (elemKind(elem)) {
            case "Z" -> ConstantDescs.CD_boolean.arrayType();
            case "B", "UB" -> ConstantDescs.CD_byte.arrayType();
            case "S" -> ConstantDescs.CD_short.arrayType();
            case "C" -> ConstantDescs.CD_char.arrayType();
            case "I" -> ConstantDescs.CD_int.arrayType();
            case "J" -> ConstantDescs.CD_long.arrayType();
            case "F" -> ConstantDescs.CD_float.arrayType();
            case "D" -> ConstantDescs.CD_double.arrayType();
            default -> ConstantDescs.CD_Object.arrayType();
        };
    }

    static Basic basic(Type t) {
        if (t.underlying() instanceof Basic b) return b;
        throw new IllegalStateException("goj: type " + t + " has no JVM representation yet");
    }

    static ClassDesc desc(Type t) {
        if (t instanceof Tuple tu && tu.size() == 0) return ConstantDescs.CD_void;
        if (t instanceof Tuple tu) return tupleClass(tu);
        if (t.underlying() instanceof goj.types.Slice) return SLICE;
        if (t.underlying() instanceof goj.types.Struct) return structClass(t);
        if (t.underlying() instanceof goj.types.Pointer p) {
            if (p.elem().underlying() instanceof goj.types.Struct) return structClass(p.elem());
            return pointerClass(p.elem());
        }
        if (t.underlying() instanceof Signature sig) return funcInterface(sig);
        if (t.underlying() instanceof goj.types.Interface) return ConstantDescs.CD_Object;
        if (t.underlying() instanceof goj.types.Chan) return CHAN;
        if (t.underlying() instanceof goj.types.MapType) return GO_MAP;
        if (t.underlying() instanceof goj.types.Array a) return arrayDesc(a.elem());
        Basic b = basic(t);
        return switch (b.kind()) {
            case BOOL, UNTYPED_BOOL -> ConstantDescs.CD_boolean;
            case INT8, INT16, INT32, UINT8, UINT16, UINT32, UNTYPED_RUNE -> ConstantDescs.CD_int;
            case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> ConstantDescs.CD_long;
            case FLOAT32 -> ConstantDescs.CD_float;
            case FLOAT64, UNTYPED_FLOAT -> ConstantDescs.CD_double;
            case STRING, UNTYPED_STRING -> GO_STRING;
            case COMPLEX64 -> COMPLEX64;
            case COMPLEX128, UNTYPED_COMPLEX -> COMPLEX128;
            case UNTYPED_NIL -> ConstantDescs.CD_Object;
            default -> throw new IllegalStateException("goj: type " + t + " has no JVM representation yet");
        };
    }

    /**
     * The class that carries a multi-value result: {@code gojtuple/T_<shape>} with public final
     * fields {@code r0..rN}, one per result, named by the results' JVM types (so every package that
     * needs a shape generates the identical class).
     */
    static ClassDesc tupleClass(Tuple t) {
        StringBuilder sb = new StringBuilder("gojtuple/T_");
        for (var v : t.vars()) {
            ClassDesc d = desc(v.type());
            sb.append(d.equals(GO_STRING) ? "S" : d.isPrimitive() ? d.descriptorString() : "L");
        }
        return ClassDesc.ofInternalName(sb.toString());
    }

    /**
     * The generated class of a struct type: {@code <path>/Package$Name} for a defined type,
     * {@code gojstruct/S<hash>} for a struct type literal.
     */
    static ClassDesc structClass(Type t) {
        if (t instanceof goj.types.Named n) {
            String path = n.obj().pkg() == null ? "universe" : n.obj().pkg().path();
            return ClassDesc.ofInternalName(path + "/Package$" + jvmName(n.jvmName()));
        }
        return ClassDesc.ofInternalName("gojstruct/S" + Integer.toHexString(typeKey(t).hashCode()));
    }

    /**
     * The spelling that names an unnamed type's classes: its Go spelling, with the names of
     * embedded struct fields spelled out (struct{int} and struct{Int} with {@code Int = int} differ)
     * and without parameter names (func(x int) and func(int) are one type).
     */
    private static String typeKey(Type t) {
        if (t instanceof Signature sig) { // parameter and result names are not part of the type
            StringBuilder sb = new StringBuilder("func(");
            for (var v : sig.params().vars()) sb.append(typeKey(v.type())).append(',');
            sb.append(sig.variadic() ? "...)(" : ")(");
            for (var v : sig.results().vars()) sb.append(typeKey(v.type())).append(',');
            return sb.append(')').toString();
        }
        if (!(t instanceof goj.types.Struct st)) return t.toString();
        StringBuilder sb = new StringBuilder("struct{");
        for (var f : st.fields()) sb.append(f.name()).append(' ').append(typeKey(f.type())).append(' ').append(f.tag()).append(';');
        return sb.append('}').toString();
    }

    /** The representation letter (Z I J F D L) of pointers to and cells of values of type {@code t}. */
    private static String pointerKind(Type t) {
        return switch (elemKind(t)) {
            case "B", "UB", "S", "C", "I" -> "I";
            default -> elemKind(t);
        };
    }

    /**
     * A Go name made legal as a JVM class or method name: instances of generic code are named
     * like {@code Map[int,main.T]}, and the JVM forbids {@code . ; [ / < >} in names. The
     * replacements are characters Go identifiers cannot contain (goj.rt.GoPanic maps them back).
     */
    public static String jvmName(String goName) {
        StringBuilder sb = new StringBuilder(goName.length());
        for (int i = 0; i < goName.length(); i++) {
            char c = goName.charAt(i);
            sb.append(switch (c) {
                case '[' -> '\u2039'; // ‹
                case ']' -> '\u203A'; // ›
                case '.' -> '\u00B7'; // ·
                case '/' -> '\u2215'; // ∕
                case ';' -> '\u204F'; // ⁏
                case '<' -> '\u227A'; // ≺
                case '>' -> '\u227B'; // ≻
                default -> c;
            });
        }
        return sb.toString();
    }

    /** The heap-cell class holding a variable of type {@code t} (see goj.rt.Cells). */
    static ClassDesc cellClass(Type t) {
        return ClassDesc.of("goj.rt.Cells$" + pointerKind(t));
    }

    /** The class of pointers to non-struct values of type {@code t} (see goj.rt.Pointers). */
    static ClassDesc pointerClass(Type t) {
        return ClassDesc.of("goj.rt.Pointers$" + pointerKind(t));
    }

    /** The JVM type a pointer to (or cell of) type {@code t} holds: its field {@code v}, its get and set. */
    static ClassDesc cellField(Type t) {
        return switch (pointerKind(t)) {
            case "Z" -> ConstantDescs.CD_boolean;
            case "I" -> ConstantDescs.CD_int;
            case "J" -> ConstantDescs.CD_long;
            case "F" -> ConstantDescs.CD_float;
            case "D" -> ConstantDescs.CD_double;
            default -> ConstantDescs.CD_Object;
        };
    }

    /**
     * The functional interface of func values of signature {@code sig}: {@code gojfunc/F<hash>}
     * with one abstract method {@code call} of the signature's JVM descriptor (generated with the
     * program; the hash is of that descriptor, so equal shapes share one interface).
     */
    static ClassDesc funcInterface(Signature sig) {
        return ClassDesc.ofInternalName("gojfunc/F" + Integer.toHexString(shape(sig, new java.util.ArrayList<>()).hashCode()));
    }

    /**
     * The JVM shape of values of type {@code t}, for naming function interfaces: its descriptor,
     * and for function types their parameters' and results' shapes. A function type that
     * contains itself through a defined type ({@code type F func() F}) refers to the enclosing
     * signature by depth ({@code R0}), so identical types get one name whatever the way in.
     */
    private static String shape(Type t, java.util.List<Signature> enclosing) {
        if (!(t.underlying() instanceof Signature sig)) return desc(t).descriptorString();
        for (int i = 0; i < enclosing.size(); i++) {
            if (goj.types.Types.identical(enclosing.get(i), sig)) return "R" + (enclosing.size() - 1 - i);
        }
        enclosing.add(sig);
        StringBuilder sb = new StringBuilder("(");
        for (var p : sig.params().vars()) sb.append(shape(p.type(), enclosing));
        sb.append(')');
        if (sig.results().size() == 0) sb.append('V');
        for (var r : sig.results().vars()) sb.append(shape(r.type(), enclosing));
        if (sig.results().size() > 1) sb.append('T');
        enclosing.removeLast();
        return sb.toString();
    }

    static final ClassDesc GO_ERROR = ClassDesc.of("goj.rt.GoError");

    /** The JVM interface a Go method {@code name} of signature {@code sig} is called through on interface values. */
    static ClassDesc methodInterface(String name, Signature sig) {
        if (name.equals("Error") && sig.params().size() == 0 && sig.results().size() == 1
                && sig.results().at(0).type() == goj.types.Universe.STRING) return GO_ERROR;
        return ClassDesc.ofInternalName("gojm/" + name + "$" + Integer.toHexString(methodDesc(sig).descriptorString().hashCode()));
    }

    /**
     * The class of values of type {@code t} when they are in an interface (their dynamic type):
     * Long, Double, Boolean and GoString for int, float64, bool and string; the value itself for
     * complex64 and complex128; goj.rt.Boxes for the
     * other predeclared types; the struct class for pointers to structs; generated boxes (see
     * {@link #boxClass}) for all other types. Null for interfaces and untyped values.
     */
    static ClassDesc ifaceClass(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case INT -> ClassDesc.of("java.lang.Long");
                case FLOAT64 -> ClassDesc.of("java.lang.Double");
                case BOOL -> ClassDesc.of("java.lang.Boolean");
                case STRING -> GO_STRING;
                case INT64 -> ClassDesc.of("goj.rt.Boxes$Int64");
                case UINT -> ClassDesc.of("goj.rt.Boxes$Uint");
                case UINT64 -> ClassDesc.of("goj.rt.Boxes$Uint64");
                case UINTPTR -> ClassDesc.of("goj.rt.Boxes$Uintptr");
                case INT32 -> ClassDesc.of("goj.rt.Boxes$Int32");
                case INT16 -> ClassDesc.of("goj.rt.Boxes$Int16");
                case INT8 -> ClassDesc.of("goj.rt.Boxes$Int8");
                case UINT32 -> ClassDesc.of("goj.rt.Boxes$Uint32");
                case UINT16 -> ClassDesc.of("goj.rt.Boxes$Uint16");
                case UINT8 -> ClassDesc.of("goj.rt.Boxes$Uint8");
                case FLOAT32 -> ClassDesc.of("goj.rt.Boxes$Float32");
                case COMPLEX64 -> COMPLEX64;
                case COMPLEX128 -> COMPLEX128;
                default -> null;
            };
        }
        if (t instanceof goj.types.Pointer p && p.elem().underlying() instanceof goj.types.Struct) return structClass(p.elem());
        if (t instanceof goj.types.Tuple || t.underlying() instanceof goj.types.Interface) return null;
        return boxClass(t);
    }

    /**
     * The box class of values of type {@code t} in interfaces: {@code Package$T} for a defined type
     * ({@code Package$T$V} for struct values), {@code Package$T$P} for pointers {@code *T} to a
     * non-struct defined type, {@code gojbox/B<hash>} for other unnamed types (by their spelling).
     */
    static ClassDesc boxClass(Type t) {
        if (t instanceof goj.types.Pointer p && p.elem() instanceof goj.types.Named n && !(n.underlying() instanceof goj.types.Interface)) {
            return ClassDesc.ofInternalName(boxClass(n).descriptorString().replaceAll("^L|;$", "") + "$P");
        }
        if (!(t instanceof goj.types.Named n)) return ClassDesc.ofInternalName("gojbox/B" + Integer.toHexString(typeKey(t).hashCode()));
        String path = n.obj().pkg() == null ? "universe" : n.obj().pkg().path();
        return ClassDesc.ofInternalName(path + "/Package$" + jvmName(n.jvmName()) + (n.underlying() instanceof goj.types.Struct ? "$V" : ""));
    }

    /** The JVM field name of a struct's i-th field. */
    static String fieldName(goj.types.Struct st, int i) {
        String n = st.fields().get(i).name();
        return n.equals("_") ? "_" + i : n;
    }

    /** The JVM type of a tuple field holding a value of type {@code t} (see {@link #tupleClass}). */
    static ClassDesc tupleField(Type t) {
        ClassDesc d = desc(t);
        return d.isPrimitive() || d.equals(GO_STRING) ? d : ConstantDescs.CD_Object;
    }

    static TypeKind kind(Type t) {
        return TypeKind.from(desc(t));
    }

    static MethodTypeDesc methodDesc(Signature sig) {
        ClassDesc[] params = new ClassDesc[sig.params().size()];
        for (int i = 0; i < params.length; i++) params[i] = desc(sig.params().at(i).type());
        ClassDesc ret = switch (sig.results().size()) {
            case 0 -> ConstantDescs.CD_void;
            case 1 -> desc(sig.results().at(0).type());
            default -> tupleClass(sig.results());
        };
        return MethodTypeDesc.of(ret, params);
    }
}
