//! What the Fluent syntax tree says about a message: its variables, or a
//! term's plain text.

use std::collections::BTreeSet;

use fluent_syntax::ast;

/// The plain text of a term's value, such as `Português`.
pub(super) fn pattern_text(p: &ast::Pattern<&str>) -> String {
    let mut s = String::new();
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => s.push_str(value),
            ast::PatternElement::Placeable { .. } => {}
        }
    }
    s.trim().to_string()
}

/// The variables (`$name`) a pattern uses, including in selectors, variants
/// and arguments to functions and terms. Variables inside referenced messages
/// or terms are not followed.
pub(super) fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => args_vars(arguments, out),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => args_vars(arguments, out),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

fn args_vars(a: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for p in &a.positional {
        inline_vars(p, out);
    }
    for n in &a.named {
        inline_vars(&n.value, out);
    }
}
