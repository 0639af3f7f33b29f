import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent into a running JVM with options: {@code java LoadAgent.java PID LIBRARY OPTIONS}.
 * bench/profile.sh starts and stops async-profiler this way once the app is warm. {@code jcmd
 * JVMTI.agent_load} cannot: it parses the options' {@code =} as its own.
 */
public class LoadAgent {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
