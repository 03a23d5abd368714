package goj.types;

import goj.syntax.Pos;

/** The universe block: predeclared types, constants, nil and the builtin functions. */
public final class Universe {
    private Universe() {}

    public static final Basic INVALID = new Basic(Basic.Kind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(Basic.Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Basic.Kind.INT, "int");
    public static final Basic INT8 = new Basic(Basic.Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Basic.Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Basic.Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Basic.Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Basic.Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Basic.Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Basic.Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Basic.Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Basic.Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Basic.Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Basic.Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Basic.Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Basic.Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Basic.Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Basic.Kind.STRING, "string");
    public static final Basic UNTYPED_BOOL = new Basic(Basic.Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Basic.Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Basic.Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Basic.Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(Basic.Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(Basic.Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Basic.Kind.UNTYPED_NIL, "untyped nil");

    /** The predeclared {@code error} type: {@code interface { Error() string }}. */
    public static final Named ERROR;
    /** {@code any}, an alias for {@code interface{}}. */
    public static final Interface EMPTY_INTERFACE = new Interface(java.util.List.of());

    /** The universe scope; package scopes are its children. */
    public static final Scope SCOPE = new Scope(null);
    /** The {@code iota} constant object (its value depends on the declaration being checked). */
    public static final Const IOTA;

    static {
        for (Basic b : new Basic[] {BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64,
                UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING}) {
            SCOPE.insert(new TypeName(Pos.NONE, null, b.name(), b));
        }
        SCOPE.insert(new TypeName(Pos.NONE, null, "byte", UINT8));
        SCOPE.insert(new TypeName(Pos.NONE, null, "rune", INT32));
        Const t = new Const(Pos.NONE, null, "true", UNTYPED_BOOL);
        t.value = new Constant.Bool(true);
        Const f = new Const(Pos.NONE, null, "false", UNTYPED_BOOL);
        f.value = new Constant.Bool(false);
        SCOPE.insert(t);
        SCOPE.insert(f);
        IOTA = new Const(Pos.NONE, null, "iota", UNTYPED_INT);
        IOTA.value = Constant.of(0);
        SCOPE.insert(IOTA);
        SCOPE.insert(new Nil());
        TypeName errorName = new TypeName(Pos.NONE, null, "error", INVALID);
        ERROR = new Named(errorName);
        errorName.type = ERROR;
        Func errorMethod = new Func(Pos.NONE, null, "Error", new Signature(Tuple.EMPTY,
                new Tuple(java.util.List.of(new Var(Pos.NONE, null, "", STRING, false))), false));
        ERROR.underlying = new Interface(java.util.List.of(errorMethod));
        SCOPE.insert(errorName);
        SCOPE.insert(new TypeName(Pos.NONE, null, "any", EMPTY_INTERFACE));
        TypeName comparable = new TypeName(Pos.NONE, null, "comparable", INVALID);
        Named cmp = new Named(comparable);
        comparable.type = cmp;
        cmp.underlying = new Interface(java.util.List.of(), java.util.List.of(), true);
        SCOPE.insert(comparable);
        for (Builtin.Id id : Builtin.Id.values()) if (!id.isUnsafe()) SCOPE.insert(new Builtin(id));
    }

    /** The default type of an untyped constant kind (the type itself for typed ones). */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> BOOL;
                case UNTYPED_INT -> INT;
                case UNTYPED_RUNE -> INT32;
                case UNTYPED_FLOAT -> FLOAT64;
                case UNTYPED_COMPLEX -> COMPLEX128;
                case UNTYPED_STRING -> STRING;
                default -> t;
            };
        }
        return t;
    }
}
