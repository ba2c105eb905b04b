package dev.inkwell.adapters.persistence.routing;

import jakarta.enterprise.context.RequestScoped;

/** Where this request's reads outside a transaction may go; the primary unless the web layer says otherwise. */
@RequestScoped
public class ReadRoute {

    private boolean replica;

    public boolean replica() {
        return replica;
    }

    void replica(boolean replica) {
        this.replica = replica;
    }
}
