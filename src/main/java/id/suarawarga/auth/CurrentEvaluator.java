package id.suarawarga.auth;

import jakarta.enterprise.context.RequestScoped;

/** The API client of the current evaluation request, set by {@link EvaluatorAuthentication}. */
@RequestScoped
public class CurrentEvaluator {

    private ApiClientService.Caller caller;

    void set(ApiClientService.Caller caller) {
        this.caller = caller;
    }

    /** The caller; never null inside the evaluation API (the filter has refused requests without a valid key). */
    public ApiClientService.Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated API client on this request");
        }
        return caller;
    }
}
