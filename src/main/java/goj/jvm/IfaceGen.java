package goj.jvm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import goj.types.Func;
import goj.types.Named;
import goj.types.Signature;
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
            cb.invokestatic(pkg, goj.ssa.Builder.methodName(m), JvmTypes.methodDesc(goj.ssa.Builder.withReceiver(m)));
            cb.return_(TypeKind.from(desc.returnType()));
        });
    }

    /** The box class of defined type {@code n}'s values (field {@code v}). */
    static byte[] box(ClassDesc self, Named n, ClassDesc pkg) {
        boolean isStruct = n.underlying() instanceof goj.types.Struct;
        ClassDesc vd = JvmTypes.desc(n);
        List<Func> methods = new ArrayList<>();
        for (Func m : n.allMethods()) if (!m.ptrRecv) methods.add(m);
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            List<ClassDesc> ifaces = new ArrayList<>(List.of(ClassDesc.of("goj.rt.GoValue")));
            for (Func m : methods) {
                ClassDesc mi = JvmTypes.methodInterface(m.name(), (Signature) m.type());
                if (!ifaces.contains(mi)) ifaces.add(mi);
            }
            clb.withInterfaceSymbols(ifaces);
            clb.withField("v", vd, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, vd), ClassFile.ACC_PUBLIC, cb -> {
                cb.aload(0);
                cb.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                cb.aload(0);
                cb.loadLocal(TypeKind.from(vd), 1);
                cb.putfield(self, "v", vd);
                cb.return_();
            });
            String goType = n.toString();
            clb.withMethodBody("goType", MethodTypeDesc.of(CD_String), ClassFile.ACC_PUBLIC, cb -> {
                cb.ldc(goType);
                cb.areturn();
            });
            clb.withMethodBody("equals", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
                Label no = cb.newLabel();
                cb.aload(1);
                cb.instanceOf(self);
                cb.ifeq(no);
                cb.aload(0);
                cb.getfield(self, "v", vd);
                cb.aload(1);
                cb.checkcast(self);
                cb.getfield(self, "v", vd);
                StructGen.branchIfNotEqual(cb, n, vd, no);
                cb.iconst_1();
                cb.ireturn();
                cb.labelBinding(no);
                cb.iconst_0();
                cb.ireturn();
            });
            clb.withMethodBody("hashCode", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> {
                cb.iconst_0(); // interface map keys come with maps
                cb.ireturn();
            });
            for (Func m : methods) {
                bridge(clb, pkg, m, cb -> {
                    cb.aload(0);
                    cb.getfield(self, "v", vd);
                    if (isStruct) {
                        cb.invokevirtual(vd, "copy", MethodTypeDesc.of(StructGen.GO_STRUCT));
                        cb.checkcast(vd);
                    }
                });
            }
        });
    }
}
