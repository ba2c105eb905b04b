package dev.inkwell.application.contract;

import org.junit.jupiter.api.Nested;

/**
 * Every out-port contract, run against one {@link Storage}: a subclass names the storage once
 * ({@code FakesHoldThePortContractsTest}, {@code PostgresAdaptersHoldThePortContractsTest}) and
 * inherits all of them. A new contract is added here, and so runs on both sides.
 */
public abstract class PortContracts {

    protected abstract Storage storage();

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Posts extends PostRepositoryContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Revisions extends RevisionsContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class WebhookOutboxes extends WebhookOutboxContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class PostReads extends PostQueriesContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Comments extends CommentRepositoryContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class CommentReads extends CommentQueriesContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Categories extends CategoryRepositoryContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class LoginLockCounts extends LoginLocksContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class PopularCache extends PopularPostsCacheContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Social extends SocialContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }

    @Nested
    class Hasher extends PasswordHasherContract {
        @Override
        protected Storage storage() {
            return PortContracts.this.storage();
        }
    }
}
