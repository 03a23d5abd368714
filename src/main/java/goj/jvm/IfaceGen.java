package goj.jvm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import goj.types.Func;
import goj.types.Named;
import goj.types.Signature;
import goj.types.Type;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Classes behind interface values: the JVM interface of each Go method (name and signature), and
 * the box class of a defined type's values ({@code Package$T} for non-struct types, {@code
 * Package$T$V} for struct values) implementing the JVM interfaces of its value-receiver methods.
 */
final class IfaceGen {
    private IfaceGen() {}

    /** {@code interface gojm/Name$hash { R Name(params); }}. */
    static byte[] methodInterface(ClassDesc self, String name, Signature sig) {
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT);
            clb.withMethod(name, JvmTypes.methodDesc(sig), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, mb -> { });
        });
    }

    /**
     * Adds {@code public R M(params)} to a class: pushes the receiver with {@code receiver}, then
     * the parameters, and calls the method's static implementation {@code T$M} in {@code pkg}.
     */
    static void bridge(ClassBuilder clb, ClassDesc pkg, Func m, Consumer<CodeBuilder> receiver) {
        Signature sig = (Signature) m.type();
        MethodTypeDesc desc = JvmTypes.methodDesc(sig);
        clb.withMethodBody(m.name(), desc, ClassFile.ACC_PUBLIC, cb -> {
            receiver.accept(cb);
            for (int i = 0; i < desc.parameterCount(); i++) cb.loadLocal(TypeKind.from(desc.parameterType(i)), cb.parameterSlot(i));
            cb.invokestatic(pkg, JvmTypes.jvmName(goj.ssa.Builder.methodName(m)), JvmTypes.methodDesc(goj.ssa.Builder.withReceiver(m)));
            cb.return_(TypeKind.from(desc.returnType()));
        });
    }

    /**
     * The methods a box implements: a defined type's value-receiver methods (declared and
     * promoted); for a pointer {@code *T} to a non-struct defined type, all of T's methods;
     * none for other types.
     */
    static List<Func> boxMethods(Type t) {
        List<Func> methods = new ArrayList<>();
        if (t instanceof goj.types.Pointer p && p.elem() instanceof Named n) methods.addAll(n.allMethods());
        if (t instanceof Named n) for (Func m : n.allMethods()) if (!m.ptrRecv) methods.add(m);
        return methods;
    }

    /**
     * Declares that the class being built is a {@code goj.rt.GoValue}, implements {@code extra},
     * and implements the JVM interface of each of {@code methods} (one per name and signature).
     */
    static void implementGoValue(ClassBuilder clb, List<ClassDesc> extra, List<Func> methods) {
        List<ClassDesc> ifaces = new ArrayList<>(extra);
        ifaces.add(ClassDesc.of("goj.rt.GoValue"));
        for (Func m : methods) {
            ClassDesc mi = JvmTypes.methodInterface(m.name(), (Signature) m.type());
            if (!ifaces.contains(mi)) ifaces.add(mi);
        }
        clb.withInterfaceSymbols(ifaces);
    }

    /** The {@code goType()} method of a GoValue class: the Go type it stands for, as gc prints it. */
    static void goTypeMethod(ClassBuilder clb, String goType) {
        clb.withMethodBody("goType", MethodTypeDesc.of(CD_String), ClassFile.ACC_PUBLIC, cb -> {
            cb.ldc(goType);
            cb.areturn();
        });
    }

    /**
     * The nil box of pointer-to-struct type {@code t}: a non-nil *T is its struct object in an
     * interface, a nil *T the singleton {@code NIL} of this class, whose methods call T's with a
     * nil receiver (value methods dereference it and panic, as in gc).
     */
    static byte[] nilBox(ClassDesc self, goj.types.Pointer t, ClassDesc pkg) {
        List<Func> methods = boxMethods(t);
        ClassDesc sc = JvmTypes.structClass(t.elem());
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            implementGoValue(clb, List.of(), methods);
            clb.withField("NIL", self, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PRIVATE, cb -> {
                cb.aload(0);
                cb.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                cb.return_();
            });
            clb.withMethodBody("<clinit>", MethodTypeDesc.of(CD_void), ClassFile.ACC_STATIC, cb -> {
                cb.new_(self);
                cb.dup();
                cb.invokespecial(self, "<init>", MethodTypeDesc.of(CD_void));
                cb.putstatic(self, "NIL", self);
                cb.return_();
            });
            goTypeMethod(clb, t.toString());
            for (Func m : methods) {
                bridge(clb, pkg, m, cb -> {
                    cb.aconst_null();
                    cb.checkcast(sc);
                    if (!m.ptrRecv) {
                        cb.invokevirtual(sc, "copy", MethodTypeDesc.of(StructGen.GO_STRUCT));
                        cb.checkcast(sc);
                    }
                });
            }
        });
    }

    /**
     * The box class (field {@code v}) of values of type {@code t} in interfaces; boxes of equal
     * values are equal, and comparing boxes of an uncomparable type panics as gc does.
     */
    static byte[] box(ClassDesc self, Type t, ClassDesc pkg) {
        boolean isStruct = t.underlying() instanceof goj.types.Struct;
        ClassDesc vd = JvmTypes.desc(t);
        List<Func> methods = boxMethods(t);
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            implementGoValue(clb, List.of(), methods);
            clb.withField("v", vd, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, vd), ClassFile.ACC_PUBLIC, cb -> {
                cb.aload(0);
                cb.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                cb.aload(0);
                cb.loadLocal(TypeKind.from(vd), 1);
                cb.putfield(self, "v", vd);
                cb.return_();
            });
            String goType = t.toString();
            goTypeMethod(clb, goType);
            clb.withMethodBody("equals", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
                if (!goj.types.Types.comparable(t)) {
                    cb.ldc(goType);
                    cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "uncomparable", MethodTypeDesc.of(ClassDesc.of("goj.rt.GoPanic"), CD_String));
                    cb.athrow();
                    return;
                }
                Label no = cb.newLabel();
                cb.aload(1);
                cb.instanceOf(self);
                cb.ifeq(no);
                cb.aload(0);
                cb.getfield(self, "v", vd);
                cb.aload(1);
                cb.checkcast(self);
                cb.getfield(self, "v", vd);
                StructGen.branchIfNotEqual(cb, t, vd, no);
                cb.iconst_1();
                cb.ireturn();
                cb.labelBinding(no);
                cb.iconst_0();
                cb.ireturn();
            });
            clb.withMethodBody("hashCode", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> {
                if (!goj.types.Types.comparable(t)) {
                    cb.ldc(goType);
                    cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "unhashable", MethodTypeDesc.of(ClassDesc.of("goj.rt.GoPanic"), CD_String));
                    cb.athrow();
                    return;
                }
                cb.iconst_0(); // interface map keys come with maps
                cb.ireturn();
            });
            for (Func m : methods) {
                bridge(clb, pkg, m, cb -> {
                    cb.aload(0);
                    cb.getfield(self, "v", vd);
                    if (t instanceof goj.types.Pointer p && !m.ptrRecv) { // a value method through the pointer
                        cb.invokevirtual(vd, "get", MethodTypeDesc.of(JvmTypes.cellField(p.elem())));
                        if (JvmTypes.cellField(p.elem()).equals(CD_Object)) cb.checkcast(JvmTypes.desc(p.elem()));
                    }
                    if (isStruct) {
                        cb.invokevirtual(vd, "copy", MethodTypeDesc.of(StructGen.GO_STRUCT));
                        cb.checkcast(vd);
                    }
                });
            }
        });
    }
}
