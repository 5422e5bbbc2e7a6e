#!/usr/bin/env python3
"""Where the main thread's start goes (issue #6): reads an async-profiler collapsed profile of one start
(`PROFILE=wall bench/footprint.sh` writes target/start-profile.collapsed) and sums the main thread's samples, up to the
stop that follows "ready", by the first part of the stack that names a component. With a wall-clock profile this
includes waiting (for the database, for Hibernate's own start-up thread), which is what a CPU profile leaves out.

Usage: bench/start-breakdown.py target/start-profile.collapsed [interval ms=1]
"""
import collections
import sys

# first match wins; order matters where stacks nest (Flyway asks ArC for the datasource, Hibernate starts on a thread
# the main thread waits for)
COMPONENTS = [
    ("Flyway (migrate at start, incl. opening the datasource)", "flywaydb"),
    ("Hibernate Validator (factory, constraint metadata)", "hibernate/validator"),
    ("SmallRye OpenAPI (document built at start)", "smallrye/openapi"),
    ("Hibernate ORM (metadata, session factory, waiting for its start thread)", "hibernate"),
    ("configuration (SmallRye Config)", "smallrye/config"),
    ("Vert.x HTTP servers", "VertxHttpRecorder"),
    ("ArC (CDI beans)", "io/quarkus/arc"),
    ("Qute", "qute"),
    ("Micrometer", "micrometer"),
    ("Agroal (datasource)", "agroal"),
    ("Narayana (transactions)", "narayana"),
]

# across the components: the JVM finding classes and resources in jars (opening each jar on the class path, reading
# its central directory and manifest; SmallRye Config's zip file system for application.properties)
JAR_READING = ("jdk/internal/loader/URLClassPath", "java/util/zip/ZipFile", "java/util/jar/JarFile", "jdk/nio/zipfs")


def main(path, interval_ms):
    totals = collections.Counter()
    jar_reading = 0
    for line in open(path, encoding="utf-8"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        # after ready the main thread only waits for the stop (Application.stop), which is not start time
        if not stack.startswith("[main") or "hutdown" in stack or "Application.stop" in stack:
            continue
        name = next((label for label, needle in COMPONENTS if needle in stack), "the rest (JVM, Quarkus' own steps)")
        totals[name] += int(count)
        if any(frame in stack for frame in JAR_READING):
            jar_reading += int(count)
    whole = sum(totals.values())
    print(f"main thread until ready: {whole * interval_ms} ms of samples")
    for name, samples in totals.most_common():
        print(f"  {samples * interval_ms:6d} ms  {100 * samples / whole:4.1f} %  {name}")
    print(f"across them, reading jars (class path lookups, zip directories): {jar_reading * interval_ms} ms")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
