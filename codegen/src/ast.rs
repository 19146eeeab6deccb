//! Parse step for the macro: the annotated item, which must be an empty enum.

use proc_macro2::TokenStream;
use syn::{Attribute, Data, DeriveInput, Ident, Visibility};

/// The user's enum: what the generated enum keeps (docs, attributes, visibility, name).
pub(crate) struct EnumDecl {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
}

/// Parses the item under `#[error_table]`.
pub(crate) fn parse_enum(item: TokenStream) -> syn::Result<EnumDecl> {
    let input: DeriveInput = syn::parse2(item)?;
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "#[error_table] goes on an empty enum, e.g. `pub enum VpcError {}`",
        ));
    };
    if let Some(variant) = data.variants.first() {
        return Err(syn::Error::new_spanned(
            variant,
            "the variants come from the table: leave the enum empty",
        ));
    }
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "an error table enum takes no generic parameters",
        ));
    }
    Ok(EnumDecl {
        attrs: input.attrs,
        vis: input.vis,
        ident: input.ident,
    })
}
