import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Closes a program's windows as a window manager's close button does: a WM_DELETE_WINDOW message (ICCCM
 * WM_PROTOCOLS) to each top-level window whose {@code _NET_WM_PID} is the given process. Under Xvfb there is no
 * window manager to do it, and SIGTERM is not the same: the JVM exits without the OSGi framework being stopped,
 * so the platform never writes what a user's close writes for the next start (the extension registry's cache).
 * Compiled and run by StartBenchmark with the running JDK (the foreign function API, Java 22+); not part of the
 * build. Argument: the process id. Exit code 0 when a window was sent the message, 3 when the process has none.
 */
public class WindowClose {

    private static final Linker LINKER = Linker.nativeLinker();

    public static void main(String[] args) throws Throwable {
        long pid = Long.parseLong(args[0]);
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup x11 = SymbolLookup.libraryLookup("libX11.so.6", arena);
            MethodHandle openDisplay = handle(x11, "XOpenDisplay", FunctionDescriptor.of(ADDRESS, ADDRESS));
            MethodHandle defaultRoot = handle(x11, "XDefaultRootWindow", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
            MethodHandle internAtom = handle(x11, "XInternAtom", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_INT));
            MethodHandle queryTree = handle(x11, "XQueryTree",
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
            MethodHandle getProperty = handle(x11, "XGetWindowProperty", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG,
                    JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
            MethodHandle sendEvent = handle(x11, "XSendEvent",
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS));
            MethodHandle flush = handle(x11, "XFlush", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            MethodHandle free = handle(x11, "XFree", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            MethodHandle closeDisplay = handle(x11, "XCloseDisplay", FunctionDescriptor.of(JAVA_INT, ADDRESS));

            MemorySegment display = (MemorySegment) openDisplay.invokeExact(MemorySegment.NULL);
            if (display.equals(MemorySegment.NULL)) {
                System.err.println("no X display");
                System.exit(2);
            }
            long root = (long) defaultRoot.invokeExact(display);
            long netWmPid = (long) internAtom.invokeExact(display, arena.allocateFrom("_NET_WM_PID"), 0);
            long protocols = (long) internAtom.invokeExact(display, arena.allocateFrom("WM_PROTOCOLS"), 0);
            long deleteWindow = (long) internAtom.invokeExact(display, arena.allocateFrom("WM_DELETE_WINDOW"), 0);

            MemorySegment rootReturn = arena.allocate(JAVA_LONG);
            MemorySegment parentReturn = arena.allocate(JAVA_LONG);
            MemorySegment children = arena.allocate(ADDRESS);
            MemorySegment count = arena.allocate(JAVA_INT);
            int ignored = (int) queryTree.invokeExact(display, root, rootReturn, parentReturn, children, count);
            int windows = count.get(JAVA_INT, 0);
            MemorySegment list = children.get(ADDRESS, 0).reinterpret(8L * windows);
            int sent = 0;
            for (int i = 0; i < windows; i++) {
                long window = list.getAtIndex(JAVA_LONG, i);
                MemorySegment type = arena.allocate(JAVA_LONG);
                MemorySegment format = arena.allocate(JAVA_INT);
                MemorySegment items = arena.allocate(JAVA_LONG);
                MemorySegment after = arena.allocate(JAVA_LONG);
                MemorySegment data = arena.allocate(ADDRESS);
                int status = (int) getProperty.invokeExact(display, window, netWmPid, 0L, 1L, 0, 0L /* AnyPropertyType */,
                        type, format, items, after, data);
                if (status != 0 || items.get(JAVA_LONG, 0) != 1) {
                    continue;
                }
                MemorySegment value = data.get(ADDRESS, 0).reinterpret(8);
                long windowPid = value.get(JAVA_LONG, 0);
                ignored = (int) free.invokeExact(data.get(ADDRESS, 0));
                if (windowPid != pid) {
                    continue;
                }
                // XClientMessageEvent in an XEvent (192 bytes, LP64): type, serial, send_event, display, window,
                // message_type, format, data.l[5].
                MemorySegment event = arena.allocate(192, 8);
                event.set(JAVA_INT, 0, 33 /* ClientMessage */);
                event.set(JAVA_LONG, 32, window);
                event.set(JAVA_LONG, 40, protocols);
                event.set(JAVA_INT, 48, 32);
                event.set(JAVA_LONG, 56, deleteWindow);
                event.set(JAVA_LONG, 64, 0L /* CurrentTime */);
                ignored = (int) sendEvent.invokeExact(display, window, 0, 0L, event);
                sent++;
            }
            if (windows > 0) {
                ignored = (int) free.invokeExact(children.get(ADDRESS, 0));
            }
            ignored = (int) flush.invokeExact(display);
            ignored = (int) closeDisplay.invokeExact(display);
            System.exit(sent > 0 ? 0 : 3);
        }
    }

    private static MethodHandle handle(SymbolLookup library, String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(library.find(name).orElseThrow(), descriptor);
    }
}
