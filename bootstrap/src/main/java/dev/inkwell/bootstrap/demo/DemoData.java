package dev.inkwell.bootstrap.demo;

import dev.inkwell.application.port.in.AddCommentUseCase;
import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.in.ChangeRoleUseCase;
import dev.inkwell.application.port.in.CreateCategoryUseCase;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.CreatePostUseCase;
import dev.inkwell.application.port.in.FavoriteUseCase;
import dev.inkwell.application.port.in.FollowUseCase;
import dev.inkwell.application.port.in.PublishPostUseCase;
import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.in.RegisterUserUseCase;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo content for dev mode (inkwell.demo-data=true, set in the %dev profile only), so that the
 * Swagger UI has something to show on a first run. Loaded once, through the use cases, after
 * the bootstrap admin exists; the README lists the accounts and their passwords.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "demo-password";
    static final String MODERATOR_EMAIL = "moderator@inkwell.dev";

    @Inject
    UserRepository users;
    @Inject
    RegisterUserUseCase register;
    @Inject
    ChangeRoleUseCase roles;
    @Inject
    CreateCategoryUseCase categories;
    @Inject
    CreatePostUseCase posts;
    @Inject
    PublishPostUseCase publishing;
    @Inject
    AddCommentUseCase comments;
    @Inject
    FollowUseCase follows;
    @Inject
    FavoriteUseCase favorites;

    /** After {@code BootstrapAdmin} (default priority): the demo needs an ADMIN to set roles and categories. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event,
                 @ConfigProperty(name = "inkwell.demo-data", defaultValue = "false") boolean enabled,
                 @ConfigProperty(name = "inkwell.bootstrap-admin.email") Optional<String> adminEmail) {
        if (!enabled) {
            return;
        }
        Optional<User> admin = adminEmail.flatMap(e -> users.findActiveByEmail(new Email(e)));
        if (admin.isEmpty()) {
            LOG.warn("no demo data: it needs the bootstrap administrator (inkwell.bootstrap-admin.*)");
            return;
        }
        if (users.isEmailTakenByActiveUser(new Email(MODERATOR_EMAIL))) {
            return; // loaded on an earlier start
        }
        load(admin.get().asActor());
        LOG.infof("loaded demo data: users %s, ada@inkwell.dev and grace@inkwell.dev (password %s)",
                MODERATOR_EMAIL, PASSWORD);
    }

    private void load(Actor admin) {
        Actor moderator = user("Mona Moderator", MODERATOR_EMAIL, "mona");
        roles.changeRole(admin, moderator.id(), Role.MODERATOR);
        moderator = new Actor(moderator.id(), Role.MODERATOR);
        Actor ada = user("Ada Lovelace", "ada@inkwell.dev", "ada");
        Actor grace = user("Grace Hopper", "grace@inkwell.dev", "grace");

        CategoryId technology = category(admin, "Technology", null);
        CategoryId java = category(admin, "Java", technology);
        CategoryId cuisine = category(admin, "Cuisine", null);

        PostId hello = publish(ada, post(ada, "Héllo, Wörld! Ça va?", "The first post on Inkwell: slugs fold"
                + " accents away, so this one lives at /posts/hello-world-ca-va.", List.of(technology),
                List.of("Welcome", "unicode")));
        PostId creme = publish(ada, post(ada, "Crème brûlée à la française", "Cream, sugar, eggs and vanilla;"
                + " a blowtorch for the crust.", List.of(cuisine), List.of("dessert", "french")));
        post(ada, "Über Straße und Ümlaut (draft)", "A draft: only Ada and administrators can see it.", List.of(),
                List.of("unicode"));
        PostId natively = publish(grace, post(grace, "Ça marche: compiling Java natively",
                "Quarkus and GraalVM turn a Java service into a small native executable.", List.of(java),
                List.of("java", "quarkus", "native")));
        follows.follow(grace, ada.id());
        follows.follow(ada, grace.id());
        favorites.favorite(grace, hello);
        favorites.favorite(ada, natively);

        comment(grace, hello, "Welcome to Inkwell, Ada!");
        comment(moderator, hello, "Please keep the comments kind.");
        comment(ada, natively, "Très bien, Grace.");
        comment(grace, creme, "Adding this to my list.");
    }

    private Actor user(String name, String email, String username) {
        return register.register(RegisterUserCommand.of(email, PASSWORD, name, username, null, null, null)).asActor();
    }

    private CategoryId category(Actor admin, String name, CategoryId parent) {
        return new CategoryId(categories.create(admin, CategoryCommand.of(name, true,
                parent == null ? null : parent.toString(), parent != null)).id());
    }

    private PostId post(Actor author, String title, String content, List<CategoryId> categoryIds, List<String> tags) {
        PostDetail post = posts.create(author, CreatePostCommand.of(title, content, null,
                categoryIds.stream().map(CategoryId::toString).toList(), tags));
        return new PostId(post.summary().id());
    }

    private PostId publish(Actor author, PostId post) {
        publishing.publish(author, post);
        return post;
    }

    private void comment(Actor writer, PostId post, String content) {
        comments.add(writer, post, new CommentContent(content));
    }
}
