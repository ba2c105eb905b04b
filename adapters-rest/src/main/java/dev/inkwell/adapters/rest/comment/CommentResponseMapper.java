package dev.inkwell.adapters.rest.comment;

import dev.inkwell.application.port.model.PostViews.CommentView;
import org.mapstruct.Mapper;

@Mapper
public interface CommentResponseMapper {

    CommentResponses.Comment toResponse(CommentView comment);
}
