/**
 * A deliberately bad layout that {@code ArchitectureTest} must reject, rule by rule: a cycle between {@code alpha}
 * and {@code beta}, {@code common} and {@code access} depending on a feature, a feature depending on {@code web} and
 * {@code demo}, statistics with framework and JDBC imports, SQL and an EntityManager in a service, an active-record
 * entity, a transactional resource that uses a repository, and a DTO named {@code …Response}.
 */
package id.suarawarga.archfixture;
