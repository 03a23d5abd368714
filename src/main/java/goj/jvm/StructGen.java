package goj.jvm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import goj.types.Basic;
import goj.types.Struct;
import goj.types.Type;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Generates the class of a struct type: one public field per Go field, a constructor that makes
 * the zero value, {@code copy()} (a new object with the same value), {@code assign(T)} (copy a
 * value into this object, so a variable's object keeps its identity) and {@code equals} with Go's
 * {@code ==}. Nested structs are separate objects owned by the field; arrays are owned arrays.
 */
final class StructGen {
    static final ClassDesc GO_STRUCT = ClassDesc.of("goj.rt.GoStruct");

    private StructGen() {}

    /**
     * The class of struct type {@code st}; for a defined type {@code named}, the class also stands
     * for {@code *T} in interfaces: it implements the JVM interfaces of all of T's methods, which
     * call the static methods of package class {@code pkg}.
     */
    static byte[] generate(ClassDesc self, Struct st, goj.types.Named named, ClassDesc pkg) {
        int n = st.fields().size();
        java.util.List<goj.types.Func> methods = named == null ? java.util.List.of() : named.allMethods();
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            IfaceGen.implementGoValue(clb, java.util.List.of(GO_STRUCT), methods);
            IfaceGen.goTypeMethod(clb, named == null ? "*" + st : "*" + named);
            for (goj.types.Func m : methods) {
                IfaceGen.bridge(clb, pkg, m, cb -> {
                    cb.aload(0);
                    if (!m.ptrRecv) {
                        cb.invokevirtual(self, "copy", MethodTypeDesc.of(GO_STRUCT));
                        cb.checkcast(self);
                    }
                });
            }
            for (int i = 0; i < n; i++) clb.withField(JvmTypes.fieldName(st, i), JvmTypes.desc(st.fields().get(i).type()), ClassFile.ACC_PUBLIC);
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC, cb -> {
                cb.aload(0);
                cb.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                for (int i = 0; i < n; i++) {
                    Type ft = st.fields().get(i).type();
                    cb.aload(0);
                    if (zeroValue(cb, ft)) cb.putfield(self, JvmTypes.fieldName(st, i), JvmTypes.desc(ft));
                    else cb.pop();
                }
                cb.return_();
            });
            clb.withMethodBody("copy", MethodTypeDesc.of(GO_STRUCT), ClassFile.ACC_PUBLIC, cb -> {
                cb.new_(self);
                cb.dup();
                cb.invokespecial(self, "<init>", MethodTypeDesc.of(CD_void));
                cb.dup();
                cb.aload(0);
                cb.invokevirtual(self, "assign", MethodTypeDesc.of(CD_void, self));
                cb.areturn();
            });
            clb.withMethodBody("assign", MethodTypeDesc.of(CD_void, self), ClassFile.ACC_PUBLIC, cb -> {
                for (int i = 0; i < n; i++) {
                    Type ft = st.fields().get(i).type();
                    String name = JvmTypes.fieldName(st, i);
                    ClassDesc fd = JvmTypes.desc(ft);
                    if (ft.underlying() instanceof Struct) {
                        cb.aload(0);
                        cb.getfield(self, name, fd);
                        cb.aload(1);
                        cb.getfield(self, name, fd);
                        cb.invokevirtual(fd, "assign", MethodTypeDesc.of(CD_void, fd));
                    } else {
                        cb.aload(0);
                        cb.aload(1);
                        cb.getfield(self, name, fd);
                        if (ft.underlying() instanceof goj.types.Array) {
                            cb.invokestatic(JvmTypes.SLICES, "cloneArray", MethodTypeDesc.of(CD_Object, CD_Object));
                            cb.checkcast(fd);
                        }
                        cb.putfield(self, name, fd);
                    }
                }
                cb.return_();
            });
            // Go's == on struct values; Object.equals stays identity, which is == on pointers
            clb.withMethodBody("eq", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
                Label no = cb.newLabel();
                cb.aload(1);
                cb.instanceOf(self);
                cb.ifeq(no);
                cb.aload(1);
                cb.checkcast(self);
                cb.astore(1);
                for (int i = 0; i < n; i++) {
                    Type ft = st.fields().get(i).type();
                    if (st.fields().get(i).name().equals("_")) continue; // blank fields are not compared
                    String name = JvmTypes.fieldName(st, i);
                    ClassDesc fd = JvmTypes.desc(ft);
                    cb.aload(0);
                    cb.getfield(self, name, fd);
                    cb.aload(1);
                    cb.getfield(self, name, fd);
                    branchIfNotEqual(cb, ft, fd, no);
                }
                cb.iconst_1();
                cb.ireturn();
                cb.labelBinding(no);
                cb.iconst_0();
                cb.ireturn();
            });
        });
    }

    /**
     * With two values of Go type {@code t} (JVM type {@code d}) on the stack, jumps to {@code no}
     * unless they are equal by Go's {@code ==} (floats: NaN unequal; structs: field-wise; pointers:
     * identity; interfaces: dynamic type and value).
     */
    static void branchIfNotEqual(CodeBuilder cb, Type t, ClassDesc d, Label no) {
        switch (TypeKind.from(d)) {
            case LONG -> { cb.lcmp(); cb.ifne(no); }
            case FLOAT -> { cb.fcmpl(); cb.ifne(no); }
            case DOUBLE -> { cb.dcmpl(); cb.ifne(no); }
            case REFERENCE -> {
                Type u = t.underlying();
                if (u instanceof goj.types.Pointer p && p.elem().underlying() instanceof Struct) {
                    cb.if_acmpne(no);
                    return;
                }
                if (u instanceof goj.types.Pointer) {
                    cb.invokestatic(ClassDesc.of("goj.rt.Pointers"), "same", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                } else if (u instanceof goj.types.Array) {
                    cb.invokestatic(ClassDesc.of("java.util.Objects"), "deepEquals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                } else if (u instanceof Struct) {
                    cb.invokevirtual(d, "eq", MethodTypeDesc.of(CD_boolean, CD_Object));
                } else if (u instanceof goj.types.Interface) {
                    cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "equal", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                } else { // strings, channels (identity), other boxes; a nil channel is null
                    cb.invokestatic(ClassDesc.of("java.util.Objects"), "equals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                }
                cb.ifeq(no);
            }
            default -> cb.if_icmpne(no);
        }
    }

    /**
     * Pushes the zero value of reference-represented type {@code t} when it is not null (an empty
     * string, a zero complex number, a new struct, a new array) and returns true; returns false (pushing nothing) for null.
     */
    static boolean zeroValue(CodeBuilder cb, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b && b.isString()) {
            cb.getstatic(JvmTypes.GO_STRING, "EMPTY", JvmTypes.GO_STRING);
            return true;
        }
        if (u instanceof Basic b && b.isComplex()) {
            ClassDesc c = JvmTypes.desc(t);
            cb.getstatic(c, "ZERO", c);
            return true;
        }
        if (u instanceof Struct) {
            ClassDesc c = JvmTypes.structClass(t);
            cb.new_(c);
            cb.dup();
            cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void));
            return true;
        }
        if (u instanceof goj.types.Array a) {
            componentClass(cb, a.elem());
            cb.loadConstant(a.len());
            if (!zeroValue(cb, a.elem())) cb.aconst_null();
            cb.invokestatic(JvmTypes.SLICES, "newArray", MethodTypeDesc.of(CD_Object, ClassDesc.of("java.lang.Class"), java.lang.constant.ConstantDescs.CD_long, CD_Object));
            cb.checkcast(JvmTypes.desc(t));
            return true;
        }
        return false;
    }

    static void componentClass(CodeBuilder cb, Type elem) {
        String box = switch (JvmTypes.elemKind(elem)) {
            case "Z" -> "java.lang.Boolean";
            case "B", "UB" -> "java.lang.Byte";
            case "S" -> "java.lang.Short";
            case "C" -> "java.lang.Character";
            case "I" -> "java.lang.Integer";
            case "J" -> "java.lang.Long";
            case "F" -> "java.lang.Float";
            case "D" -> "java.lang.Double";
            default -> null;
        };
        if (box == null) cb.ldc(CD_Object);
        else cb.getstatic(ClassDesc.of(box), "TYPE", ClassDesc.of("java.lang.Class"));
    }
}
