package dev.dialogue.bench;

/** The footprint baseline: a JVM with the services' flags that announces itself and then does nothing. */
public final class IdleJvm {

    private IdleJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
