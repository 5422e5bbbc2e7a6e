package id.suarawarga.archfixture.alpha;

import jakarta.transaction.Transactional;

/** Bad: a transactional resource that uses a repository. */
@Transactional
public class AlphaResource {
    public AlphaRepository repository;

    @Transactional
    public void change() {}
}
