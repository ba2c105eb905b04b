package dev.inkwell.adapters.rest.comment;

import dev.inkwell.adapters.rest.comment.CommentBodies.CommentResponse;
import dev.inkwell.application.post.PostViews.CommentView;
import org.mapstruct.Mapper;

@Mapper
public interface CommentViewMapper {

    CommentResponse toResponse(CommentView view);
}
