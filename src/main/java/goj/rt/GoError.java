package goj.rt;

/**
 * The JVM interface of Go's {@code error} method {@code Error() string}: every generated class
 * whose Go type has that method implements it, so the runtime can print error panics.
 */
public interface GoError {
    @SuppressWarnings("checkstyle:MethodName")
    GoString Error();
}
