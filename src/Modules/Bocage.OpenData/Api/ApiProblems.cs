using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Api;

/// <summary>API refusals as RFC 9457 problem details (application/problem+json) in the caller's language.</summary>
internal static class ApiProblems
{
    public static IResult Invalid(IStringLocalizer<OpenDataResource> text, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: text["Api_InvalidRequest"]);

    public static IResult NotFound(IStringLocalizer<OpenDataResource> text, string key) =>
        Results.Problem(text[key], statusCode: StatusCodes.Status404NotFound, title: text["Api_NotFound"]);

    /// <summary>The refusals every API operation may answer, declared for the OpenAPI document.</summary>
    public static TBuilder WithProblems<TBuilder>(this TBuilder builder)
        where TBuilder : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder =>
        builder
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
